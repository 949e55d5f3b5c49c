import {
  AskToJoinInput,
  FinderQuery,
  FinderSettingsDto,
  FinderSettingsInput,
  FormTeamInput,
  InviteToTeamInput,
  JoinRequestDto,
  JoinRequestListDto,
  PageQuery,
  ProfileDto,
  ProfileInput,
  ProfilePageDto,
  SuggestionsDto,
  TeamDto,
  TeamListingDto,
  TeamListingInput,
  TeamListingPageDto,
  UnteamedPageDto,
} from '@hackboard/contracts';
import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, UuidParam, ZodBody, ZodQuery } from '../common/zod.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';
import { TeamFinderService } from './team-finder.service.js';

/** Profiles and the team finder: for the event's participants and organizers, never public. */
@ApiTags('team finder')
@Controller('events/:event/finder')
export class TeamFinderController {
  constructor(private readonly finder: TeamFinderService) {}

  @Allow('participant', 'organizer')
  @Get('settings')
  @ApiZodResponse(FinderSettingsDto, "The event's skill list that profiles pick from")
  settings(@CurrentEvent() access: EventAccess) {
    return this.finder.settings(access);
  }

  @Allow('organizer')
  @WriteBudget('profile')
  @Put('settings')
  @ApiZodBody(FinderSettingsInput)
  @ApiZodResponse(FinderSettingsDto, "The event's new skill list")
  saveSettings(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(FinderSettingsInput) input: FinderSettingsInput,
  ) {
    return this.finder.saveSettings(access, user, input);
  }

  @Allow('participant')
  @Get('profile')
  @ApiZodResponse(ProfileDto, "The caller's profile in this event (empty until first saved)")
  profile(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser) {
    return this.finder.profile(access, user);
  }

  @Allow('participant')
  @WriteBudget('profile')
  @Put('profile')
  @ApiZodBody(ProfileInput)
  @ApiZodResponse(ProfileDto, "The caller's saved profile")
  saveProfile(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(ProfileInput) input: ProfileInput,
  ) {
    return this.finder.saveProfile(access, user, input);
  }

  @Allow('participant', 'organizer')
  @Get('people')
  @ApiZodQuery(FinderQuery)
  @ApiZodResponse(ProfilePageDto, 'People in no team who look for one, by name, filtered')
  people(@CurrentEvent() access: EventAccess, @ZodQuery(FinderQuery) query: FinderQuery) {
    return this.finder.people(access, query);
  }

  @Allow('participant', 'organizer')
  @Get('teams')
  @ApiZodQuery(FinderQuery)
  @ApiZodResponse(TeamListingPageDto, 'Teams with room that look for members, by name, filtered')
  teams(@CurrentEvent() access: EventAccess, @ZodQuery(FinderQuery) query: FinderQuery) {
    return this.finder.teamListings(access, query);
  }

  @Allow('participant', 'organizer')
  @Get('teams/:teamId')
  @ApiZodResponse(TeamListingDto, "A team's listing (empty until its members save one)")
  listing(@CurrentEvent() access: EventAccess, @UuidParam('teamId') teamId: string) {
    return this.finder.listing(access, teamId);
  }

  @Allow('participant')
  @WriteBudget('profile')
  @Put('teams/:teamId')
  @ApiZodBody(TeamListingInput)
  @ApiZodResponse(TeamListingDto, "The team's saved listing (its members only)")
  saveListing(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('teamId') teamId: string,
    @ZodBody(TeamListingInput) input: TeamListingInput,
  ) {
    return this.finder.saveListing(access, user, teamId, input);
  }

  @Allow('participant')
  @Get('suggestions')
  @ApiZodResponse(SuggestionsDto, 'Teams to ask (for someone in no team) or people to invite (for a member)')
  suggestions(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser) {
    return this.finder.suggestions(access, user);
  }

  @Allow('participant')
  @WriteBudget('invitations')
  @Post('teams/:teamId/requests')
  @ApiZodBody(AskToJoinInput)
  @ApiZodResponse(JoinRequestDto, 'The request to join, waiting for the team to answer')
  askToJoin(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('teamId') teamId: string,
    @ZodBody(AskToJoinInput) input: AskToJoinInput,
  ) {
    return this.finder.askToJoin(access, user, teamId, input.message);
  }

  @Allow('participant')
  @WriteBudget('invitations')
  @Post('teams/:teamId/invitations')
  @ApiZodBody(InviteToTeamInput)
  @ApiZodResponse(JoinRequestDto, 'The invitation, waiting for the person to answer (team members only)')
  invite(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('teamId') teamId: string,
    @ZodBody(InviteToTeamInput) input: InviteToTeamInput,
  ) {
    return this.finder.invite(access, user, teamId, input.userId, input.message);
  }

  @Allow('participant')
  @Get('requests')
  @ApiZodResponse(JoinRequestListDto, "Open requests and invitations for the caller and the caller's team")
  requests(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser) {
    return this.finder.requests(access, user);
  }

  @Allow('participant')
  @WriteBudget('invitations')
  @Post('requests/:requestId/accept')
  @HttpCode(200)
  @ApiZodResponse(JoinRequestDto, 'The accepted request; the person is now in the team')
  accept(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('requestId') requestId: string,
  ) {
    return this.finder.accept(access, user, requestId);
  }

  @Allow('participant')
  @WriteBudget('invitations')
  @Post('requests/:requestId/decline')
  @HttpCode(200)
  @ApiZodResponse(JoinRequestDto, 'The declined (or, by the side that asked, withdrawn) request')
  decline(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('requestId') requestId: string,
  ) {
    return this.finder.decline(access, user, requestId);
  }

  @Allow('organizer')
  @Get('unteamed')
  @ApiZodQuery(PageQuery)
  @ApiZodResponse(UnteamedPageDto, 'Participants still in no team, by name')
  unteamed(@CurrentEvent() access: EventAccess, @ZodQuery(PageQuery) page: PageQuery) {
    return this.finder.unteamed(access, page.limit, page.offset);
  }

  @Allow('organizer')
  @WriteBudget('writes')
  @Post('form-team')
  @ApiZodBody(FormTeamInput)
  @ApiZodResponse(TeamDto, 'The team formed from participants in no team; the first named is its captain')
  formTeam(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(FormTeamInput) input: FormTeamInput,
  ) {
    return this.finder.formTeam(access, user, input);
  }
}
