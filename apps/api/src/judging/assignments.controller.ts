import {
  AssignmentDto,
  AutoAssignInput,
  AutoAssignResultDto,
  CreateAssignmentInput,
  JuryWorkDto,
} from '@hackboard/contracts';
import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodResponse, UuidParam, ZodBody } from '../common/zod.js';
import { AssignmentsService } from './assignments.service.js';

@ApiTags('judging')
@Controller('events/:event/rounds/:roundId/assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Allow('organizer')
  @Get()
  @ApiZodResponse(z.array(AssignmentDto), "The round's assignments with each review's progress")
  list(@CurrentEvent() access: EventAccess, @UuidParam('roundId') roundId: string) {
    return this.assignments.list(access, roundId);
  }

  @Allow('organizer')
  @Post()
  @ApiZodBody(CreateAssignmentInput)
  @ApiZodResponse(AssignmentDto, 'The new assignment (the juror must be on the panel and free of conflicts)')
  create(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('roundId') roundId: string,
    @ZodBody(CreateAssignmentInput) input: CreateAssignmentInput,
  ) {
    return this.assignments.create(access, user, roundId, input);
  }

  @Allow('organizer')
  @Post('auto')
  @HttpCode(200)
  @ApiZodBody(AutoAssignInput)
  @ApiZodResponse(AutoAssignResultDto, 'The balanced plan: saved, or only shown with dryRun')
  auto(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('roundId') roundId: string,
    @ZodBody(AutoAssignInput) input: AutoAssignInput,
  ) {
    return this.assignments.auto(access, user, roundId, input);
  }

  @Allow('organizer')
  @Delete(':assignmentId')
  @HttpCode(204)
  remove(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('roundId') roundId: string,
    @UuidParam('assignmentId') assignmentId: string,
  ) {
    return this.assignments.remove(access, user, roundId, assignmentId);
  }
}

@ApiTags('judging')
@Controller('events/:event/jury')
export class JuryController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Allow('jury')
  @Get('me')
  @ApiZodResponse(JuryWorkDto, 'My rounds, my assignments with progress, and my conflicts of interest')
  mine(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser) {
    return this.assignments.mine(access, user);
  }
}
