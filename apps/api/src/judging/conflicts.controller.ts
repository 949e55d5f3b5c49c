import { ConflictDto, DeclareConflictInput } from '@hackboard/contracts';
import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodResponse, UuidParam, ZodBody } from '../common/zod.js';
import { ConflictsService } from './conflicts.service.js';

@ApiTags('judging')
@Controller('events/:event/conflicts')
export class ConflictsController {
  constructor(private readonly conflicts: ConflictsService) {}

  @Allow('organizer', 'jury')
  @Get()
  @ApiZodResponse(z.array(ConflictDto), 'Organizers: every declared conflict; a juror: their own')
  list(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser) {
    return this.conflicts.list(access, user);
  }

  @Allow('jury')
  @Post()
  @ApiZodBody(DeclareConflictInput)
  @ApiZodResponse(ConflictDto, 'Declared: the juror is taken off the submission in every round')
  declare(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(DeclareConflictInput) input: DeclareConflictInput,
  ) {
    return this.conflicts.declare(access, user, input);
  }

  @Allow('jury')
  @Delete(':conflictId')
  @HttpCode(204)
  withdraw(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('conflictId') conflictId: string,
  ) {
    return this.conflicts.withdraw(access, user, conflictId);
  }
}
