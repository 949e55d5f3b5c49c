import {
  CreateTeamInput,
  JoinTeamInput,
  PageQuery,
  RenameTeamInput,
  TeamDto,
  TeamPageDto,
  TeamSummaryDto,
  TransferCaptaincyInput,
} from '@hackboard/contracts';
import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentEvent, CurrentUser, OptionalUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, UuidParam, ZodBody, ZodQuery } from '../common/zod.js';
import { TeamsService } from './teams.service.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';

@ApiTags('teams')
@Controller('events/:event/teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Allow('participant')
  @WriteBudget('profile')
  @Post()
  @ApiZodBody(CreateTeamInput)
  @ApiZodResponse(TeamDto, 'The new team with its invite code; the creator is its captain')
  create(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(CreateTeamInput) input: CreateTeamInput,
  ) {
    return this.teams.create(access, user, input);
  }

  @Allow('organizer')
  @Get()
  @ApiZodQuery(PageQuery)
  @ApiZodResponse(TeamPageDto, "The event's teams with their members, oldest first")
  list(@CurrentEvent() access: EventAccess, @ZodQuery(PageQuery) page: PageQuery) {
    return this.teams.list(access, page.limit, page.offset);
  }

  @Allow('participant')
  @Get('mine')
  @ApiZodResponse(TeamDto, "The caller's team in this event (404 when in none)")
  mine(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser) {
    return this.teams.mine(access, user);
  }

  @Allow('participant')
  @WriteBudget('invitations')
  @Post('join')
  @HttpCode(200)
  @ApiZodBody(JoinTeamInput)
  @ApiZodResponse(TeamDto, 'The team joined with the invite code')
  join(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(JoinTeamInput) input: JoinTeamInput,
  ) {
    return this.teams.join(access, user, input.inviteCode);
  }

  @Allow('anyone')
  @Get(':teamId')
  @ApiZodResponse(
    z.union([TeamDto, TeamSummaryDto]),
    'The whole team for its members and the organizers; only its name and size for anyone else',
  )
  get(@CurrentEvent() access: EventAccess, @OptionalUser() user: AuthUser | null, @UuidParam('teamId') teamId: string) {
    return this.teams.get(access, user, teamId);
  }

  @Allow('participant')
  @WriteBudget('profile')
  @Patch(':teamId')
  @ApiZodBody(RenameTeamInput)
  @ApiZodResponse(TeamDto, 'The renamed team (captain only)')
  rename(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('teamId') teamId: string,
    @ZodBody(RenameTeamInput) input: RenameTeamInput,
  ) {
    return this.teams.rename(access, user, teamId, input.name);
  }

  @Allow('participant')
  @Post(':teamId/leave')
  @HttpCode(204)
  leave(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser, @UuidParam('teamId') teamId: string) {
    return this.teams.leave(access, user, teamId);
  }

  @Allow('participant')
  @WriteBudget('invitations')
  @Post(':teamId/invite-code')
  @HttpCode(200)
  @ApiZodResponse(TeamDto, 'The team with a new invite code; the old one no longer works (captain only)')
  rotateInviteCode(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('teamId') teamId: string,
  ) {
    return this.teams.rotateInviteCode(access, user, teamId);
  }

  @Allow('participant')
  @Post(':teamId/captain')
  @HttpCode(200)
  @ApiZodBody(TransferCaptaincyInput)
  @ApiZodResponse(TeamDto, 'The team under its new captain (captain only)')
  transferCaptaincy(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('teamId') teamId: string,
    @ZodBody(TransferCaptaincyInput) input: TransferCaptaincyInput,
  ) {
    return this.teams.transferCaptaincy(access, user, teamId, input.userId);
  }
}
