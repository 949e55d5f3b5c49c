import { AnnouncementDto, CreateAnnouncementInput, PageQuery, pageOf } from '@hackboard/contracts';
import { Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodBody, ZodQuery } from '../common/zod.js';
import { AnnouncementsService } from './announcements.service.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';

@ApiTags('announcements')
@Controller('events/:event/announcements')
export class AnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  @Allow('organizer')
  @WriteBudget('announcements')
  @Post()
  @ApiZodBody(CreateAnnouncementInput)
  @ApiZodResponse(AnnouncementDto, 'Posted and pushed to everyone in the event')
  post(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(CreateAnnouncementInput) input: CreateAnnouncementInput,
  ) {
    return this.announcements.post(access, user, input);
  }

  @Allow('event-member')
  @Get()
  @ApiZodQuery(PageQuery)
  @ApiZodResponse(pageOf(AnnouncementDto), 'Announcements, newest first')
  list(@CurrentEvent() access: EventAccess, @ZodQuery(PageQuery) page: PageQuery) {
    return this.announcements.list(access, page.limit, page.offset);
  }
}
