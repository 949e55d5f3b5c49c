import {
  ExplanationDto,
  LeaderboardDto,
  LeaderboardQuery,
  LeaderboardStatusDto,
  PromoteInput,
  PublishInput,
  ResultsExportDto,
  RoundDetailDto,
  ScoresExportDto,
} from '@hackboard/contracts';
import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, UuidParam, ZodBody, ZodQuery } from '../common/zod.js';
import { resultsCsv, scoresCsv } from './exports.js';
import { LeaderboardsService } from './leaderboards.service.js';

@ApiTags('leaderboards')
@Controller('events/:event/leaderboard')
export class LeaderboardsController {
  constructor(private readonly leaderboards: LeaderboardsService) {}

  @Allow('anyone')
  @Get()
  @ApiZodQuery(LeaderboardQuery)
  @ApiZodResponse(
    LeaderboardDto,
    "The event's board (or a challenge's heat, or a round), as the caller's role may see it (403 LEADERBOARD_HIDDEN)",
  )
  get(@CurrentEvent() access: EventAccess, @ZodQuery(LeaderboardQuery) query: LeaderboardQuery) {
    return this.leaderboards.leaderboard(access, query);
  }

  @Allow('anyone')
  @Get('submissions/:submissionId/explanation')
  @ApiZodQuery(LeaderboardQuery)
  @ApiZodResponse(ExplanationDto, 'Why a submission has its score; jurors numbered, named only for organizers')
  explain(
    @CurrentEvent() access: EventAccess,
    @UuidParam('submissionId') submissionId: string,
    @ZodQuery(LeaderboardQuery) query: LeaderboardQuery,
  ) {
    return this.leaderboards.explanation(access, submissionId, query);
  }

  @Allow('organizer')
  @Post('freeze')
  @HttpCode(200)
  @ApiZodResponse(LeaderboardStatusDto, 'Frozen: with `frozen` visibility the public sees this snapshot from now on')
  freeze(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser) {
    return this.leaderboards.freeze(access, user);
  }

  @Allow('organizer')
  @Post('unfreeze')
  @HttpCode(200)
  @ApiZodResponse(LeaderboardStatusDto, 'Unfrozen: the public sees the live board again')
  unfreeze(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser) {
    return this.leaderboards.unfreeze(access, user);
  }

  @Allow('organizer')
  @Post('publish')
  @HttpCode(200)
  @ApiZodBody(PublishInput)
  @ApiZodResponse(
    LeaderboardStatusDto,
    'Published, permanently: everyone sees the stored results (only after judging ends; 409 UNJUDGED_PROJECTS while submitted projects are in no round, unless confirmUnjudged)',
  )
  publish(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(PublishInput) input: PublishInput,
  ) {
    return this.leaderboards.publish(access, user, input?.confirmUnjudged === true);
  }

  @Allow('organizer')
  @Get('export/results.json')
  @ApiZodResponse(ResultsExportDto, 'Every board, live, as a JSON download')
  async resultsJson(@CurrentEvent() access: EventAccess, @Res({ passthrough: true }) response: Response) {
    attachment(response, `${access.event.slug}-results.json`, 'application/json; charset=utf-8');
    return this.leaderboards.resultsExport(access);
  }

  @Allow('organizer')
  @Get('export/results.csv')
  @ApiProduces('text/csv')
  async resultsCsv(@CurrentEvent() access: EventAccess, @Res({ passthrough: true }) response: Response) {
    attachment(response, `${access.event.slug}-results.csv`, 'text/csv; charset=utf-8');
    return resultsCsv(await this.leaderboards.resultsExport(access));
  }

  @Allow('organizer')
  @Get('export/scores.json')
  @ApiZodResponse(ScoresExportDto, 'Every score with juror, submission and criterion, and every comment, as JSON')
  async scoresJson(@CurrentEvent() access: EventAccess, @Res({ passthrough: true }) response: Response) {
    attachment(response, `${access.event.slug}-scores.json`, 'application/json; charset=utf-8');
    return this.leaderboards.scoresExport(access);
  }

  @Allow('organizer')
  @Get('export/scores.csv')
  @ApiProduces('text/csv')
  async scoresCsv(@CurrentEvent() access: EventAccess, @Res({ passthrough: true }) response: Response) {
    attachment(response, `${access.event.slug}-scores.csv`, 'text/csv; charset=utf-8');
    return scoresCsv(await this.leaderboards.scoresExport(access));
  }
}

/** Promotion reads the heats' boards, so it lives with them; the route sits with the rounds. */
@ApiTags('judging')
@Controller('events/:event/rounds/:roundId/promote')
export class PromotionController {
  constructor(private readonly leaderboards: LeaderboardsService) {}

  @Allow('organizer')
  @Post()
  @HttpCode(200)
  @ApiZodBody(PromoteInput)
  @ApiZodResponse(RoundDetailDto, 'The final with the promoted finalists added (until its scoring starts)')
  promote(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('roundId') roundId: string,
    @ZodBody(PromoteInput) input: PromoteInput,
  ) {
    return this.leaderboards.promote(access, user, roundId, input);
  }
}

function attachment(response: Response, filename: string, contentType: string): void {
  response.setHeader('Content-Type', contentType);
  response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
}
