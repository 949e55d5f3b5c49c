import {
  MessageAudienceInput,
  MessagePreviewDto,
  OrganizerMessageDto,
  OrganizerMessagePageDto,
  PageQuery,
  SendMessageInput,
} from '@hackboard/contracts';
import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodBody, ZodQuery } from '../common/zod.js';
import { MessagesService } from './messages.service.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';

@ApiTags('messages')
@Controller('events/:event/messages')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Allow('organizer')
  @WriteBudget('messages')
  @Post('preview')
  @HttpCode(200)
  @ApiZodBody(MessageAudienceInput)
  @ApiZodResponse(MessagePreviewDto, 'How many people the message would reach')
  preview(@CurrentEvent() access: EventAccess, @ZodBody(MessageAudienceInput) input: MessageAudienceInput) {
    return this.messages.preview(access, input);
  }

  @Allow('organizer')
  @WriteBudget('messages')
  @Post()
  @ApiZodBody(SendMessageInput)
  @ApiZodResponse(OrganizerMessageDto, 'Sent: one mail per recipient is in the outbox')
  send(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(SendMessageInput) input: SendMessageInput,
  ) {
    return this.messages.send(access, user, input);
  }

  @Allow('organizer')
  @Get()
  @ApiZodQuery(PageQuery)
  @ApiZodResponse(OrganizerMessagePageDto, 'Messages sent, newest first, with their delivery')
  list(@CurrentEvent() access: EventAccess, @ZodQuery(PageQuery) page: PageQuery) {
    return this.messages.list(access, page.limit, page.offset);
  }
}
