import {
  CreateRoundInput,
  PanelDto,
  RoundDetailDto,
  RoundDto,
  SetPanelInput,
  UnplacedSubmissionDto,
  UpdateRoundInput,
} from '@hackboard/contracts';
import { Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodResponse, UuidParam, ZodBody } from '../common/zod.js';
import { RoundsService } from './rounds.service.js';

@ApiTags('judging')
@Controller('events/:event/rounds')
export class RoundsController {
  constructor(private readonly rounds: RoundsService) {}

  @Allow('organizer', 'agency')
  @Get()
  @ApiZodResponse(z.array(RoundDto), "Organizers: every round; an agency: its challenges' heats")
  list(@CurrentEvent() access: EventAccess) {
    return this.rounds.list(access);
  }

  @Allow('organizer')
  @Get('unplaced')
  @ApiZodResponse(
    z.array(UnplacedSubmissionDto),
    'Submitted projects that are in no round, with the heat a sync would add each to',
  )
  unplaced(@CurrentEvent() access: EventAccess) {
    return this.rounds.unplaced(access);
  }

  @Allow('organizer')
  @Post()
  @ApiZodBody(CreateRoundInput)
  @ApiZodResponse(RoundDetailDto, "The new round; a heat starts with its challenge's submitted submissions")
  create(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(CreateRoundInput) input: CreateRoundInput,
  ) {
    return this.rounds.create(access, user, input);
  }

  @Allow('organizer')
  @Post('heats')
  @ApiZodResponse(z.array(RoundDto), 'The heats created: one for each challenge that had none')
  createHeats(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser) {
    return this.rounds.createHeats(access, user);
  }

  @Allow('organizer', 'agency')
  @Get(':roundId')
  @ApiZodResponse(RoundDetailDto, 'One round with its entries and rubric')
  get(@CurrentEvent() access: EventAccess, @UuidParam('roundId') roundId: string) {
    return this.rounds.get(access, roundId);
  }

  @Allow('organizer')
  @Patch(':roundId')
  @ApiZodBody(UpdateRoundInput)
  @ApiZodResponse(RoundDetailDto, 'The round with its new name or reviews per submission')
  update(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('roundId') roundId: string,
    @ZodBody(UpdateRoundInput) input: UpdateRoundInput,
  ) {
    return this.rounds.update(access, user, roundId, input);
  }

  @Allow('organizer')
  @Delete(':roundId')
  @HttpCode(204)
  remove(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser, @UuidParam('roundId') roundId: string) {
    return this.rounds.remove(access, user, roundId);
  }

  @Allow('organizer')
  @Post(':roundId/lock')
  @HttpCode(200)
  @ApiZodResponse(RoundDetailDto, 'The round, locked: no score in it changes')
  lock(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser, @UuidParam('roundId') roundId: string) {
    return this.rounds.lock(access, user, roundId, true);
  }

  @Allow('organizer')
  @Post(':roundId/unlock')
  @HttpCode(200)
  @ApiZodResponse(RoundDetailDto, 'The round, unlocked')
  unlock(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser, @UuidParam('roundId') roundId: string) {
    return this.rounds.lock(access, user, roundId, false);
  }

  @Allow('organizer')
  @Post(':roundId/entries/sync')
  @HttpCode(200)
  @ApiZodResponse(
    RoundDetailDto,
    "A heat's entries made its challenge's submitted submissions again (until scoring starts)",
  )
  syncEntries(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('roundId') roundId: string,
  ) {
    return this.rounds.syncEntries(access, user, roundId);
  }

  @Allow('organizer')
  @Delete(':roundId/entries/:submissionId')
  @ApiZodResponse(RoundDetailDto, 'The round without that entry (until scoring starts)')
  removeEntry(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('roundId') roundId: string,
    @UuidParam('submissionId') submissionId: string,
  ) {
    return this.rounds.removeEntry(access, user, roundId, submissionId);
  }

  @Allow('organizer', 'agency')
  @Get(':roundId/panel')
  @ApiZodResponse(PanelDto, "The round's jurors with their assignments and completed reviews")
  panel(@CurrentEvent() access: EventAccess, @UuidParam('roundId') roundId: string) {
    return this.rounds.panel(access, roundId);
  }

  @Allow('organizer', 'agency')
  @Put(':roundId/panel')
  @ApiZodBody(SetPanelInput)
  @ApiZodResponse(PanelDto, "The round's panel as set (an agency may set its own challenge's heat)")
  setPanel(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('roundId') roundId: string,
    @ZodBody(SetPanelInput) input: SetPanelInput,
  ) {
    return this.rounds.setPanel(access, user, roundId, input.jurorIds);
  }
}
