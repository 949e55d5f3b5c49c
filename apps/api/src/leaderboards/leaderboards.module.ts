import { Module } from '@nestjs/common';
import { MailScheduleModule } from '../mail-schedule/mail-schedule.module.js';
import { JudgingModule } from '../judging/judging.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { LeaderboardsController, PromotionController } from './leaderboards.controller.js';
import { LeaderboardsRepository } from './leaderboards.repository.js';
import { LeaderboardsService } from './leaderboards.service.js';

/** Rubric leaderboards: live boards in memory, explanations, freeze, publication, promotion and exports. */
@Module({
  imports: [MailScheduleModule, JudgingModule, ReviewsModule, RealtimeModule],
  controllers: [LeaderboardsController, PromotionController],
  providers: [LeaderboardsRepository, LeaderboardsService],
  exports: [LeaderboardsService],
})
export class LeaderboardsModule {}
