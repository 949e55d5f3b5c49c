import {
  CalendarQuery,
  CreateScheduleSessionInput,
  ScheduleDto,
  ScheduleSessionDto,
  UpdateScheduleSessionInput,
} from '@hackboard/contracts';
import { Controller, Delete, Get, HttpCode, Patch, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, UuidParam, ZodBody, ZodQuery } from '../common/zod.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';
import { ScheduleService } from './schedule.service.js';

@ApiTags('schedule')
@Controller('events/:event')
export class ScheduleController {
  constructor(private readonly schedule: ScheduleService) {}

  @Allow('anyone')
  @Get('schedule')
  @ApiZodResponse(ScheduleDto, "The event's sessions the caller may see, with the timeline's milestones")
  list(@CurrentEvent() access: EventAccess) {
    return this.schedule.schedule(access);
  }

  @Allow('anyone')
  @Get('calendar.ics')
  @ApiZodQuery(CalendarQuery)
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'The schedule and milestones as an iCalendar feed in the event timezone; `item` gives one of them',
  })
  async calendar(
    @CurrentEvent() access: EventAccess,
    @ZodQuery(CalendarQuery) query: CalendarQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { filename, content } = await this.schedule.calendar(access, query);
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Content-Disposition', `${query.item ? 'attachment' : 'inline'}; filename="${filename}"`);
    response.setHeader('Cache-Control', 'no-cache');
    return content;
  }

  @Allow('organizer')
  @WriteBudget('writes')
  @Post('schedule')
  @ApiZodBody(CreateScheduleSessionInput)
  @ApiZodResponse(ScheduleSessionDto, 'Added to the schedule; open pages are told')
  create(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(CreateScheduleSessionInput) input: CreateScheduleSessionInput,
  ) {
    return this.schedule.create(access, user, input);
  }

  @Allow('organizer')
  @WriteBudget('writes')
  @Patch('schedule/:sessionId')
  @ApiZodBody(UpdateScheduleSessionInput)
  @ApiZodResponse(ScheduleSessionDto, 'Changed; open pages and the feed show it')
  update(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('sessionId') sessionId: string,
    @ZodBody(UpdateScheduleSessionInput) input: UpdateScheduleSessionInput,
  ) {
    return this.schedule.update(access, user, sessionId, input);
  }

  @Allow('organizer')
  @WriteBudget('writes')
  @Delete('schedule/:sessionId')
  @HttpCode(204)
  remove(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('sessionId') sessionId: string,
  ) {
    return this.schedule.remove(access, user, sessionId);
  }
}
