import {
  AskForHelpInput,
  BookSlotInput,
  CreateMentorSlotInput,
  HelpRequestDto,
  MentorDto,
  MentorSlotDto,
  OwnHelpRequestDto,
  UpdateMentorProfileInput,
} from '@hackboard/contracts';
import { Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodResponse, UuidParam, ZodBody } from '../common/zod.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';
import { MentoringService } from './mentoring.service.js';

@ApiTags('mentoring')
@Controller('events/:event')
export class MentoringController {
  constructor(private readonly mentoring: MentoringService) {}

  @Allow('event-member')
  @Get('mentoring/mentors')
  @ApiZodResponse(z.array(MentorDto), "The event's mentors with their skills and slots")
  mentors(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser) {
    return this.mentoring.mentors(access, user);
  }

  @Allow('mentor')
  @WriteBudget('writes')
  @Put('mentoring/me')
  @ApiZodBody(UpdateMentorProfileInput)
  @ApiZodResponse(MentorDto, "The mentor's skills, saved")
  updateProfile(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(UpdateMentorProfileInput) input: UpdateMentorProfileInput,
  ) {
    return this.mentoring.updateProfile(access, user, input);
  }

  @Allow('mentor')
  @WriteBudget('writes')
  @Post('mentoring/slots')
  @ApiZodBody(CreateMentorSlotInput)
  @ApiZodResponse(MentorSlotDto, 'A new slot teams can book')
  createSlot(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(CreateMentorSlotInput) input: CreateMentorSlotInput,
  ) {
    return this.mentoring.createSlot(access, user, input);
  }

  @Allow('mentor', 'organizer')
  @WriteBudget('writes')
  @Delete('mentoring/slots/:slotId')
  @HttpCode(204)
  removeSlot(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser, @UuidParam('slotId') slotId: string) {
    return this.mentoring.removeSlot(access, user, slotId);
  }

  @Allow('participant')
  @WriteBudget('writes')
  @Post('mentoring/slots/:slotId/booking')
  @ApiZodBody(BookSlotInput)
  @ApiZodResponse(MentorSlotDto, "Booked for the caller's team")
  book(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('slotId') slotId: string,
    @ZodBody(BookSlotInput) input: BookSlotInput,
  ) {
    return this.mentoring.book(access, user, slotId, input);
  }

  @Allow('participant', 'mentor', 'organizer')
  @WriteBudget('writes')
  @Delete('mentoring/slots/:slotId/booking')
  @HttpCode(204)
  cancelBooking(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('slotId') slotId: string,
  ) {
    return this.mentoring.cancelBooking(access, user, slotId);
  }

  @Allow('participant')
  @WriteBudget('writes')
  @Post('help-queue')
  @ApiZodBody(AskForHelpInput)
  @ApiZodResponse(HelpRequestDto, "The team's request, with its place in the queue")
  ask(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(AskForHelpInput) input: AskForHelpInput,
  ) {
    return this.mentoring.ask(access, user, input);
  }

  @Allow('participant')
  @Get('help-queue/mine')
  @ApiZodResponse(OwnHelpRequestDto, "The team's open request, if any")
  mine(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser) {
    return this.mentoring.mine(access, user);
  }

  @Allow('mentor', 'organizer')
  @Get('help-queue')
  @ApiZodResponse(z.array(HelpRequestDto), 'Open requests, oldest first')
  queue(@CurrentEvent() access: EventAccess) {
    return this.mentoring.queue(access);
  }

  @Allow('mentor')
  @WriteBudget('writes')
  @Post('help-queue/:requestId/claim')
  @HttpCode(200)
  @ApiZodResponse(HelpRequestDto, 'Claimed by the caller (one request at a time)')
  claim(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser, @UuidParam('requestId') id: string) {
    return this.mentoring.claim(access, user, id);
  }

  @Allow('mentor', 'organizer')
  @WriteBudget('writes')
  @Post('help-queue/:requestId/release')
  @HttpCode(200)
  @ApiZodResponse(HelpRequestDto, 'Back in the queue at its place')
  release(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser, @UuidParam('requestId') id: string) {
    return this.mentoring.release(access, user, id);
  }

  @Allow('mentor')
  @WriteBudget('writes')
  @Post('help-queue/:requestId/done')
  @HttpCode(200)
  @ApiZodResponse(HelpRequestDto, 'Helped: closed')
  done(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser, @UuidParam('requestId') id: string) {
    return this.mentoring.done(access, user, id);
  }

  @Allow('participant')
  @WriteBudget('writes')
  @Post('help-queue/:requestId/cancel')
  @HttpCode(200)
  @ApiZodResponse(HelpRequestDto, "The team's request, withdrawn")
  cancel(@CurrentEvent() access: EventAccess, @CurrentUser() user: AuthUser, @UuidParam('requestId') id: string) {
    return this.mentoring.cancel(access, user, id);
  }
}
