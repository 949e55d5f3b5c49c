import { Global, Module } from '@nestjs/common';
import { RateLimitService } from './rate-limit.service.js';

/** One set of counters for the whole process, used by the sign-in guard and the write budgets. */
@Global()
@Module({
  providers: [RateLimitService],
  exports: [RateLimitService],
})
export class RateLimitModule {}
