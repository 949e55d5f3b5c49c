import { CreateInvitationInput, CreatedInvitationDto, InvitationDto, InvitationPreviewDto } from '@hackboard/contracts';
import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodResponse, UuidParam, ZodBody } from '../common/zod.js';
import { InvitationsService } from './invitations.service.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Allow('organizer')
  @WriteBudget('invitations')
  @Post('events/:event/invitations')
  @ApiZodBody(CreateInvitationInput)
  @ApiZodResponse(CreatedInvitationDto, 'The invitation with the one-time link to hand over')
  create(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(CreateInvitationInput) input: CreateInvitationInput,
  ) {
    return this.invitations.create(access, user, input);
  }

  @Allow('organizer')
  @Get('events/:event/invitations')
  @ApiZodResponse(z.array(InvitationDto), "The event's invitations, newest first")
  list(@CurrentEvent() access: EventAccess) {
    return this.invitations.list(access);
  }

  @Allow('organizer')
  @WriteBudget('invitations')
  @Delete('events/:event/invitations/:invitationId')
  @HttpCode(204)
  revoke(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('invitationId') invitationId: string,
  ) {
    return this.invitations.revoke(access, user, invitationId);
  }

  @Allow('anyone')
  @Get('invitations/:token')
  @ApiZodResponse(InvitationPreviewDto, 'What the invitation is for')
  preview(@Param('token') token: string) {
    return this.invitations.preview(token);
  }

  @Allow('signed-in')
  @WriteBudget('invitations')
  @Post('invitations/:token/accept')
  @HttpCode(200)
  @ApiZodResponse(InvitationPreviewDto, 'Accepted: the role is yours')
  accept(@CurrentUser() user: AuthUser, @Param('token') token: string) {
    return this.invitations.accept(user, token);
  }
}
