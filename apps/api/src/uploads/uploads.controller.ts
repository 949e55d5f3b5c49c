import {
  ImageFileQuery,
  MAX_UPLOAD_BYTES,
  SubmissionImageDto,
  SubmissionImageListDto,
  UploadImageInput,
} from '@hackboard/contracts';
import { Controller, Delete, Get, HttpCode, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentEvent, CurrentUser, OptionalUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodQuery, ApiZodResponse, UuidParam, ZodBody, ZodQuery } from '../common/zod.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';
import { UploadsService } from './uploads.service.js';

const YEAR = 365 * 24 * 3600;

@ApiTags('images')
@Controller('events/:event/submissions/:submissionId/images')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @Allow('participant')
  @WriteBudget('submissions')
  @Post()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'alt'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'A PNG, JPEG or WebP image of at most 10 MB' },
        alt: { type: 'string', minLength: 1, maxLength: 300, description: 'What the picture shows' },
      },
    },
  })
  @ApiZodResponse(SubmissionImageDto, 'The stored image with its renditions (the team only, before the deadline)')
  upload(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('submissionId') submissionId: string,
    @ZodBody(UploadImageInput) input: UploadImageInput,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ) {
    return this.uploads.upload(access, user, submissionId, input.alt, file?.buffer);
  }

  @Allow('anyone')
  @Get()
  @ApiZodResponse(SubmissionImageListDto, "The project's images in order: public once it is in the gallery")
  list(
    @CurrentEvent() access: EventAccess,
    @OptionalUser() user: AuthUser | null,
    @UuidParam('submissionId') submissionId: string,
  ) {
    return this.uploads.list(access, user, submissionId);
  }

  @Allow('participant')
  @WriteBudget('submissions')
  @Delete(':imageId')
  @HttpCode(204)
  remove(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('submissionId') submissionId: string,
    @UuidParam('imageId') imageId: string,
  ) {
    return this.uploads.remove(access, user, submissionId, imageId);
  }

  @Allow('anyone')
  @Get(':imageId/file')
  @ApiZodQuery(ImageFileQuery)
  @ApiOkResponse({
    description: 'One rendition; its name holds its content hash, so it is cached for a year',
    content: {
      'image/avif': { schema: { type: 'string', format: 'binary' } },
      'image/webp': { schema: { type: 'string', format: 'binary' } },
      'image/jpeg': { schema: { type: 'string', format: 'binary' } },
    },
  })
  async file(
    @CurrentEvent() access: EventAccess,
    @OptionalUser() user: AuthUser | null,
    @UuidParam('submissionId') submissionId: string,
    @UuidParam('imageId') imageId: string,
    @ZodQuery(ImageFileQuery) query: ImageFileQuery,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.uploads.file(access, user, submissionId, imageId, query.name);
    response
      .status(200)
      .set({
        'Content-Type': file.type,
        // Drafts' images stay out of shared caches: only the team and organizers may see them.
        'Cache-Control': `${file.isPublic ? 'public' : 'private'}, max-age=${YEAR}, immutable`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'",
      })
      .send(file.data);
  }
}
