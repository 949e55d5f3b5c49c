import {
  AttendeeDto,
  AttendeeQuery,
  CheckInCountsDto,
  CheckInInput,
  CheckInResultDto,
  TicketDto,
  pageOf,
} from '@hackboard/contracts';
import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodBody, ZodQuery } from '../common/zod.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';
import { CheckInService } from './check-in.service.js';

@ApiTags('check-in')
@Controller('events/:event')
export class CheckInController {
  constructor(private readonly checkIns: CheckInService) {}

  @Allow('participant', 'jury', 'mentor')
  @Get('ticket')
  @ApiZodResponse(TicketDto, "The caller's ticket: the code its QR code carries, and whether it was used")
  ticket(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser) {
    return this.checkIns.ticket(access, user);
  }

  @Allow('organizer', 'volunteer')
  @WriteBudget('writes')
  @Post('check-ins')
  @HttpCode(200)
  @ApiZodBody(CheckInInput)
  @ApiZodResponse(CheckInResultDto, 'Checked in, or already checked in before (one row either way)')
  checkIn(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(CheckInInput) input: CheckInInput,
  ) {
    return this.checkIns.checkIn(access, user, input);
  }

  @Allow('organizer', 'volunteer')
  @Get('check-ins/attendees')
  @ApiZodQuery(AttendeeQuery)
  @ApiZodResponse(pageOf(AttendeeDto), 'Ticket holders by name, with whether they checked in')
  attendees(@CurrentEvent() access: EventAccess, @ZodQuery(AttendeeQuery) query: AttendeeQuery) {
    return this.checkIns.attendees(access, query);
  }

  @Allow('organizer')
  @Get('check-ins/counts')
  @ApiZodResponse(CheckInCountsDto, 'How many ticket holders have checked in')
  counts(@CurrentEvent() access: EventAccess) {
    return this.checkIns.counts(access);
  }

  @Allow('organizer')
  @Get('check-ins/export.csv')
  @ApiProduces('text/csv')
  async exportCsv(@CurrentEvent() access: EventAccess, @Res({ passthrough: true }) response: Response) {
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${access.event.slug}-attendance.csv"`);
    return this.checkIns.exportCsv(access);
  }
}
