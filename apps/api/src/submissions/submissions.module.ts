import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChallengesModule } from '../challenges/challenges.module.js';
import { JudgingModule } from '../judging/judging.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { TeamsModule } from '../teams/teams.module.js';
import { GalleryController } from './gallery.controller.js';
import { SubmissionDatasetEntity } from './submission-dataset.entity.js';
import { SubmissionRevisionEntity } from './submission-revision.entity.js';
import { SubmissionEntity } from './submission.entity.js';
import { SubmissionsController } from './submissions.controller.js';
import { SubmissionsRepository } from './submissions.repository.js';
import { SubmissionsService } from './submissions.service.js';

@Module({
  imports: [
    MailModule,
    TypeOrmModule.forFeature([SubmissionEntity, SubmissionDatasetEntity, SubmissionRevisionEntity]),
    TeamsModule,
    ChallengesModule,
    RealtimeModule,
    JudgingModule,
  ],
  controllers: [SubmissionsController, GalleryController],
  providers: [SubmissionsRepository, SubmissionsService],
  exports: [SubmissionsService],
})
export class SubmissionsModule {}
