import { AudienceBoardDto, AudienceBoardQuery, AudienceVoteDto, AudienceVoteInput } from '@hackboard/contracts';
import { Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, UuidParam, ZodBody, ZodQuery } from '../common/zod.js';
import { AudienceVotesService } from './audience-votes.service.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';

@ApiTags('audience vote')
@Controller('events/:event')
export class AudienceVotesController {
  constructor(private readonly votes: AudienceVotesService) {}

  @Allow('participant', 'agency', 'organizer')
  @Get('challenges/:challengeId/audience-vote')
  @ApiZodResponse(AudienceVoteDto, 'Your vote in this challenge (submissionId null when you have not voted)')
  mine(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('challengeId') challengeId: string,
  ) {
    return this.votes.mine(access, user, challengeId);
  }

  @Allow('participant', 'agency', 'organizer')
  @WriteBudget('reviews')
  @Put('challenges/:challengeId/audience-vote')
  @ApiZodBody(AudienceVoteInput)
  @ApiZodResponse(AudienceVoteDto, 'Your vote in this challenge; it replaces any earlier one')
  cast(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('challengeId') challengeId: string,
    @ZodBody(AudienceVoteInput) input: AudienceVoteInput,
  ) {
    return this.votes.cast(access, user, challengeId, input.submissionId);
  }

  @Allow('participant', 'agency', 'organizer')
  @WriteBudget('reviews')
  @Delete('challenges/:challengeId/audience-vote')
  @HttpCode(204)
  async withdraw(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('challengeId') challengeId: string,
  ): Promise<void> {
    await this.votes.withdraw(access, user, challengeId);
  }

  @Allow('anyone')
  @Get('audience-board')
  @ApiZodQuery(AudienceBoardQuery)
  @ApiZodResponse(AudienceBoardDto, 'Votes per project with shared ranks, as the leaderboard visibility allows')
  board(@CurrentEvent() access: EventAccess, @ZodQuery(AudienceBoardQuery) query: AudienceBoardQuery) {
    return this.votes.board(access, query.challengeId?.toLowerCase());
  }
}
