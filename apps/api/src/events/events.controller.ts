import {
  CreateEventInput,
  EventDto,
  EventMemberDto,
  EventPageDto,
  PageQuery,
  UpdateEventInput,
} from '@hackboard/contracts';
import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, UuidParam, ZodBody, ZodQuery } from '../common/zod.js';
import { EventsService } from './events.service.js';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Allow('anyone')
  @Get()
  @ApiZodQuery(PageQuery)
  @ApiZodResponse(EventPageDto, 'Public events, newest first')
  list(@ZodQuery(PageQuery) query: PageQuery) {
    return this.events.listPublic(query.limit, query.offset);
  }

  @Allow('signed-in')
  @Post()
  @ApiZodBody(CreateEventInput)
  @ApiZodResponse(EventDto, 'The new event, a draft until made public; the creator is its organizer')
  create(@CurrentUser() user: AuthUser, @ZodBody(CreateEventInput) input: CreateEventInput) {
    return this.events.create(user, input);
  }

  @Allow('anyone')
  @Get(':event')
  @ApiZodResponse(EventDto, 'One event by id or slug (drafts only for its members)')
  get(@CurrentEvent() access: EventAccess) {
    return this.events.get(access);
  }

  @Allow('organizer')
  @Patch(':event')
  @ApiZodBody(UpdateEventInput)
  @ApiZodResponse(EventDto, 'The event with its new settings')
  update(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(UpdateEventInput) input: UpdateEventInput,
  ) {
    return this.events.update(access, user, input);
  }

  @Allow('organizer')
  @Post(':event/phase/advance')
  @HttpCode(200)
  @ApiZodResponse(EventDto, 'The event in its next phase')
  advance(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser) {
    return this.events.advancePhase(access, user);
  }

  @Allow('signed-in')
  @Post(':event/join')
  @HttpCode(200)
  @ApiZodResponse(EventDto, 'Joined as a participant')
  join(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser) {
    return this.events.join(access, user);
  }

  @Allow('organizer')
  @Get(':event/members')
  @ApiZodResponse(z.array(EventMemberDto), 'Everyone with a role in the event')
  members(@CurrentEvent() access: EventAccess) {
    return this.events.members(access);
  }

  @Allow('organizer')
  @Delete(':event/members/:membershipId')
  @HttpCode(204)
  removeMember(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('membershipId') membershipId: string,
  ) {
    return this.events.removeMember(access, user, membershipId);
  }
}
