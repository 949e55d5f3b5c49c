import { CatalogueEntryDto, ChallengeDto, CreateChallengeInput, UpdateChallengeInput } from '@hackboard/contracts';
import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodResponse, UuidParam, ZodBody } from '../common/zod.js';
import { ChallengesService } from './challenges.service.js';

@ApiTags('challenges')
@Controller('events/:event')
export class ChallengesController {
  constructor(private readonly challenges: ChallengesService) {}

  @Allow('anyone')
  @Get('challenges')
  @ApiZodResponse(z.array(ChallengeDto), "The event's challenges by title, each with its data sets")
  list(@CurrentEvent() access: EventAccess) {
    return this.challenges.list(access);
  }

  /** Agencies for their own organization until the deadline; organizers for any organization at any time. */
  @Allow('organizer', 'agency')
  @Post('challenges')
  @ApiZodBody(CreateChallengeInput)
  @ApiZodResponse(ChallengeDto, 'The new challenge')
  create(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(CreateChallengeInput) input: CreateChallengeInput,
  ) {
    return this.challenges.create(access, user, input);
  }

  @Allow('anyone')
  @Get('challenges/:challengeId')
  @ApiZodResponse(ChallengeDto, 'One challenge with its data sets')
  get(@CurrentEvent() access: EventAccess, @UuidParam('challengeId') challengeId: string) {
    return this.challenges.get(access, challengeId);
  }

  /** The agency of the challenge's organization until the deadline, or an organizer. */
  @Allow('organizer', 'agency')
  @Patch('challenges/:challengeId')
  @ApiZodBody(UpdateChallengeInput)
  @ApiZodResponse(ChallengeDto, 'The challenge with its changes')
  update(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('challengeId') challengeId: string,
    @ZodBody(UpdateChallengeInput) input: UpdateChallengeInput,
  ) {
    return this.challenges.update(access, user, challengeId, input);
  }

  /** The agency of the challenge's organization until the deadline, or an organizer; never once teams submitted to it. */
  @Allow('organizer', 'agency')
  @Delete('challenges/:challengeId')
  @HttpCode(204)
  remove(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('challengeId') challengeId: string,
  ) {
    return this.challenges.remove(access, user, challengeId);
  }

  @Allow('anyone')
  @Get('datasets')
  @ApiZodResponse(z.array(CatalogueEntryDto), "The event's data-set catalogue: every challenge's data sets")
  catalogue(@CurrentEvent() access: EventAccess) {
    return this.challenges.catalogue(access);
  }
}
