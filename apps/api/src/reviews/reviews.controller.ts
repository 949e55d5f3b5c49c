import { ReviewDto, SaveReviewInput } from '@hackboard/contracts';
import { Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodResponse, UuidParam, ZodBody } from '../common/zod.js';
import { ReviewsService } from './reviews.service.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';

@ApiTags('judging')
@Controller('events/:event/rounds/:roundId/reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Allow('jury')
  @Get(':submissionId')
  @ApiZodResponse(ReviewDto, 'My review of an assigned submission, with the rubric and the project')
  get(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('roundId') roundId: string,
    @UuidParam('submissionId') submissionId: string,
  ) {
    return this.reviews.get(access, user, roundId, submissionId);
  }

  @Allow('jury')
  @WriteBudget('reviews')
  @Put(':submissionId')
  @ApiZodBody(SaveReviewInput)
  @ApiZodResponse(ReviewDto, 'My review as saved (an upsert per criterion; null removes a value)')
  save(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('roundId') roundId: string,
    @UuidParam('submissionId') submissionId: string,
    @ZodBody(SaveReviewInput) input: SaveReviewInput,
  ) {
    return this.reviews.save(access, user, roundId, submissionId, input);
  }
}
