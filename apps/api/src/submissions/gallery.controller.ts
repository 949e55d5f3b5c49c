import { GalleryPageDto, GalleryQuery } from '@hackboard/contracts';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentEvent } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import { ApiZodQuery, ApiZodResponse, ZodQuery } from '../common/zod.js';
import { SubmissionsService } from './submissions.service.js';

@ApiTags('submissions')
@Controller('events/:event/gallery')
export class GalleryController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Allow('anyone')
  @Get()
  @ApiZodQuery(GalleryQuery)
  @ApiZodResponse(GalleryPageDto, 'Submitted projects, once the submission deadline has passed (empty before)')
  list(@CurrentEvent() access: EventAccess, @ZodQuery(GalleryQuery) query: GalleryQuery) {
    return this.submissions.gallery(access, query);
  }
}
