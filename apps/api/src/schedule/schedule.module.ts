import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { ScheduleSessionEntity } from './schedule-session.entity.js';
import { ScheduleController } from './schedule.controller.js';
import { ScheduleRepository } from './schedule.repository.js';
import { ScheduleService } from './schedule.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ScheduleSessionEntity]), RealtimeModule],
  controllers: [ScheduleController],
  providers: [ScheduleRepository, ScheduleService],
  exports: [ScheduleService],
})
export class ScheduleModule {}
