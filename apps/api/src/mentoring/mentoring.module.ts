import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { TeamsModule } from '../teams/teams.module.js';
import { UsersModule } from '../users/users.module.js';
import { MentoringController } from './mentoring.controller.js';
import { HelpRequestEntity, MentorBookingEntity, MentorProfileEntity, MentorSlotEntity } from './mentoring.entities.js';
import { MentoringRepository } from './mentoring.repository.js';
import { MentoringService } from './mentoring.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([MentorProfileEntity, MentorSlotEntity, MentorBookingEntity, HelpRequestEntity]),
    AccessModule,
    RealtimeModule,
    TeamsModule,
    UsersModule,
  ],
  controllers: [MentoringController],
  providers: [MentoringRepository, MentoringService],
  exports: [MentoringService],
})
export class MentoringModule {}
