import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { CheckInEntity } from './check-in.entity.js';
import { CheckInController } from './check-in.controller.js';
import { CheckInRepository } from './check-in.repository.js';
import { CheckInService } from './check-in.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CheckInEntity]), RealtimeModule],
  controllers: [CheckInController],
  providers: [CheckInRepository, CheckInService],
  exports: [CheckInService],
})
export class CheckInModule {}
