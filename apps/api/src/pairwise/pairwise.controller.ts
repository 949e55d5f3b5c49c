import {
  PairwiseJurorDto,
  PairwiseLeaderboardDto,
  PairwiseNextQuery,
  PairwisePairDto,
  PairwiseRecordDto,
  PairwiseSkipInput,
  PairwiseVoteInput,
} from '@hackboard/contracts';
import { Controller, Delete, Get, Post, Put, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, UuidParam, ZodBody, ZodQuery } from '../common/zod.js';
import { PairwiseService } from './pairwise.service.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';

@ApiTags('pairwise judging')
@Controller('events/:event/rounds/:roundId/pairwise')
export class PairwiseController {
  constructor(private readonly pairwise: PairwiseService) {}

  @Allow('jury')
  @Get('next')
  @ApiZodQuery(PairwiseNextQuery)
  @ApiZodResponse(PairwisePairDto, 'The next two projects for this juror to compare (the same pair until judged)')
  @ApiNoContentResponse({ description: 'Nothing is left for this juror to compare' })
  async next(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('roundId') roundId: string,
    @ZodQuery(PairwiseNextQuery) query: PairwiseNextQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PairwisePairDto | undefined> {
    const pair = await this.pairwise.next(access, user, roundId, query.anchor?.toLowerCase());
    if (pair) return pair;
    response.status(204);
    return undefined;
  }

  @Allow('jury')
  @WriteBudget('reviews')
  @Post('votes')
  @ApiZodBody(PairwiseVoteInput)
  @ApiZodResponse(PairwiseRecordDto, 'The stored vote with its place in the round (sequence)')
  vote(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('roundId') roundId: string,
    @ZodBody(PairwiseVoteInput) input: PairwiseVoteInput,
  ) {
    return this.pairwise.vote(access, user, roundId, input);
  }

  @Allow('jury')
  @WriteBudget('reviews')
  @Post('skip')
  @ApiZodBody(PairwiseSkipInput)
  @ApiZodResponse(PairwiseRecordDto, 'The stored skip with its place in the round (sequence)')
  skip(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('roundId') roundId: string,
    @ZodBody(PairwiseSkipInput) input: PairwiseSkipInput,
  ) {
    return this.pairwise.skip(access, user, roundId, input.submissionId);
  }

  @Allow('anyone')
  @Get('leaderboard')
  @ApiZodResponse(PairwiseLeaderboardDto, "The round's CrowdBT board, as the event's leaderboard visibility allows")
  leaderboard(@CurrentEvent() access: EventAccess, @UuidParam('roundId') roundId: string) {
    return this.pairwise.leaderboard(access, roundId);
  }

  @Allow('organizer')
  @Get('jurors')
  @ApiZodResponse(z.array(PairwiseJurorDto), "Each juror's votes and estimated reliability (organizers)")
  jurors(@CurrentEvent() access: EventAccess, @UuidParam('roundId') roundId: string) {
    return this.pairwise.jurors(access, roundId);
  }

  @Allow('organizer')
  @Put('jurors/:jurorId/exclusion')
  @ApiZodResponse(PairwiseJurorDto, "The juror, whose votes no longer count on the round's board (audited)")
  exclude(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('roundId') roundId: string,
    @UuidParam('jurorId') jurorId: string,
  ) {
    return this.pairwise.setExcluded(access, user, roundId, jurorId, true);
  }

  @Allow('organizer')
  @Delete('jurors/:jurorId/exclusion')
  @ApiZodResponse(PairwiseJurorDto, "The juror, whose votes count on the round's board again (audited)")
  include(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('roundId') roundId: string,
    @UuidParam('jurorId') jurorId: string,
  ) {
    return this.pairwise.setExcluded(access, user, roundId, jurorId, false);
  }
}
