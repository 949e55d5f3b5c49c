import { EventDto, EventPageDto, PageQuery } from '@hackboard/contracts';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../common/public.decorator.js';
import { ApiZodQuery, ApiZodResponse, ZodQuery } from '../common/zod.js';
import { EventsService } from './events.service.js';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Public()
  @Get()
  @ApiZodQuery(PageQuery)
  @ApiZodResponse(EventPageDto, 'Public events, newest first')
  list(@ZodQuery(PageQuery) query: PageQuery) {
    return this.events.listPublic(query.limit, query.offset);
  }

  @Public()
  @Get(':slug')
  @ApiZodResponse(EventDto, 'One public event')
  get(@Param('slug') slug: string) {
    return this.events.getPublic(slug);
  }
}
