import {
  MailDto,
  MailListQuery,
  MailPageDto,
  MailSummaryDto,
  NotificationSettingsDto,
  UnsubscribeInput,
  UpdateNotificationSettingsInput,
  UnsubscribedDto,
} from '@hackboard/contracts';
import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentEvent } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, UuidParam, ZodBody, ZodQuery } from '../common/zod.js';
import { CurrentUser } from '../access/access.decorators.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ValidationError } from '../common/domain-error.js';
import { MailService } from './mail.service.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';

/** The outbox as people see it: the platform admin's mailbox, an organizer's event mail, unsubscribe links. */
@ApiTags('mail')
@Controller()
export class MailController {
  constructor(private readonly mail: MailService) {}

  @Allow('admin')
  @Get('admin/mail')
  @ApiZodQuery(MailListQuery)
  @ApiZodResponse(MailPageDto, 'Every mail of the platform, newest first')
  mailbox(@ZodQuery(MailListQuery) query: MailListQuery) {
    return this.mail.page({}, query);
  }

  @Allow('admin')
  @Get('admin/mail/:mailId')
  @ApiZodResponse(MailDto, 'One mail as it was sent, text and HTML')
  read(@UuidParam('mailId') mailId: string) {
    return this.mail.get(mailId);
  }

  @Allow('admin')
  @Post('admin/mail/:mailId/retry')
  @HttpCode(200)
  @ApiZodResponse(MailSummaryDto, 'The failed mail, queued again')
  retry(@UuidParam('mailId') mailId: string) {
    return this.mail.retry(mailId);
  }

  @Allow('organizer')
  @Get('events/:event/mail')
  @ApiZodQuery(MailListQuery)
  @ApiZodResponse(MailPageDto, "The event's mails, newest first (filter by status to find failed ones)")
  eventMail(@CurrentEvent() access: EventAccess, @ZodQuery(MailListQuery) query: MailListQuery) {
    return this.mail.page({ eventId: access.event.id }, query);
  }

  @Allow('organizer')
  @Post('events/:event/mail/:mailId/retry')
  @HttpCode(200)
  @ApiZodResponse(MailSummaryDto, "The event's failed mail, queued again")
  retryEventMail(@CurrentEvent() access: EventAccess, @UuidParam('mailId') mailId: string) {
    return this.mail.retry(mailId, access.event.id);
  }

  @Allow('signed-in')
  @Get('auth/me/notifications')
  @ApiZodResponse(NotificationSettingsDto, 'Which optional mails the signed-in user gets')
  notifications(@CurrentUser() user: AuthUser) {
    return this.mail.settingsOf(user.id);
  }

  @Allow('signed-in')
  @WriteBudget('profile')
  @Patch('auth/me/notifications')
  @ApiZodBody(UpdateNotificationSettingsInput)
  @ApiZodResponse(NotificationSettingsDto, 'The saved settings')
  updateNotifications(
    @CurrentUser() user: AuthUser,
    @ZodBody(UpdateNotificationSettingsInput) input: UpdateNotificationSettingsInput,
  ) {
    return this.mail.updateSettings(user.id, input);
  }

  /**
   * The unsubscribe link's target: the web page posts `{token}`; a mail client's RFC 8058 one-click
   * unsubscribe posts the form `List-Unsubscribe=One-Click` to the header's address with `?token=`.
   */
  @Allow('anyone')
  @Post('mail/unsubscribe')
  @HttpCode(200)
  @ApiZodBody(UnsubscribeInput)
  @ApiZodResponse(UnsubscribedDto, 'The topic is turned off for the person the link was mailed to')
  unsubscribe(@Body() body: unknown, @Query('token') queryToken: unknown) {
    const input = oneClick(body) ? { token: queryToken } : body;
    const parsed = UnsubscribeInput.safeParse(input);
    if (!parsed.success) throw new ValidationError({ token: 'is required' });
    return this.mail.unsubscribe(parsed.data.token);
  }
}

function oneClick(body: unknown): boolean {
  return (
    typeof body === 'object' && body !== null && (body as Record<string, unknown>)['List-Unsubscribe'] === 'One-Click'
  );
}
