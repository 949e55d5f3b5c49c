import { Module } from '@nestjs/common';
import { JudgingModule } from '../judging/judging.module.js';
import { ReviewsController } from './reviews.controller.js';
import { ReviewsRepository } from './reviews.repository.js';
import { ReviewsService } from './reviews.service.js';

/** Rubric scores and review comments. */
@Module({
  imports: [JudgingModule],
  controllers: [ReviewsController],
  providers: [ReviewsRepository, ReviewsService],
  exports: [ReviewsService],
})
export class ReviewsModule {}
