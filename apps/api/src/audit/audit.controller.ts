import { AuditPageDto, PageQuery } from '@hackboard/contracts';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentEvent } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import { ApiZodQuery, ApiZodResponse, ZodQuery } from '../common/zod.js';
import { AuditService } from './audit.service.js';

@ApiTags('audit')
@Controller('events/:event/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Allow('organizer')
  @Get()
  @ApiZodQuery(PageQuery)
  @ApiZodResponse(AuditPageDto, "The event's audit log, newest first")
  list(@CurrentEvent() access: EventAccess, @ZodQuery(PageQuery) page: PageQuery) {
    return this.audit.list(access.event.id, page.limit, page.offset);
  }
}
