import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({ imports: [AuthModule], providers: [DemoSeedService] })
export class SeedModule {}
