import { ImageFileQuery, MAX_UPLOAD_BYTES, PictureDto, PictureSlotDto, UploadImageInput } from '@hackboard/contracts';
import { Controller, Get, Put, Res, UploadedFile, UseInterceptors, applyDecorators } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentEvent, CurrentUser } from '../access/access.decorators.js';
import { Allow, type EventAccess } from '../access/access.rules.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { ApiZodQuery, ApiZodResponse, UuidParam, ZodBody, ZodQuery } from '../common/zod.js';
import { WriteBudget } from '../rate-limit/write-budget.guard.js';
import { PicturesService } from './pictures.service.js';

const YEAR = 365 * 24 * 3600;

type Upload = { buffer: Buffer } | undefined;

/** A multipart `file` (PNG, JPEG or WebP) with its required `alt` text, as for project images. */
function PictureUpload(description: string) {
  return applyDecorators(
    UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4 } })),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file', 'alt'],
        properties: {
          file: { type: 'string', format: 'binary', description: 'A PNG, JPEG or WebP image of at most 10 MB' },
          alt: { type: 'string', minLength: 1, maxLength: 300, description: 'What the picture shows' },
        },
      },
    }),
    ApiZodResponse(PictureDto, description),
  );
}

@ApiTags('pictures')
@Controller('events/:event')
export class EventPicturesController {
  constructor(private readonly pictures: PicturesService) {}

  @Allow('organizer')
  @WriteBudget('writes')
  @Put('banner')
  @PictureUpload("The event's new banner, replacing the old one")
  setBanner(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @ZodBody(UploadImageInput) input: UploadImageInput,
    @UploadedFile() file: Upload,
  ) {
    return this.pictures.setBanner(access, user, input.alt, file?.buffer);
  }

  @Allow('anyone')
  @Get('banner')
  @ApiZodResponse(PictureSlotDto, "The event's banner, or null")
  banner(@CurrentEvent() access: EventAccess) {
    return this.pictures.banner(access);
  }

  @Allow('participant')
  @WriteBudget('writes')
  @Put('teams/:teamId/avatar')
  @PictureUpload("The team's new avatar (its members only), replacing the old one")
  setAvatar(
    @CurrentEvent() access: EventAccess,
    @CurrentUser() user: AuthUser,
    @UuidParam('teamId') teamId: string,
    @ZodBody(UploadImageInput) input: UploadImageInput,
    @UploadedFile() file: Upload,
  ) {
    return this.pictures.setAvatar(access, user, teamId, input.alt, file?.buffer);
  }

  @Allow('anyone')
  @Get('teams/:teamId/avatar')
  @ApiZodResponse(PictureSlotDto, "The team's avatar, or null")
  avatar(@CurrentEvent() access: EventAccess, @UuidParam('teamId') teamId: string) {
    return this.pictures.avatar(access, teamId);
  }
}

@ApiTags('pictures')
@Controller()
export class PicturesController {
  constructor(private readonly pictures: PicturesService) {}

  /** Admins and the organization's agency members, like editing its details; the service checks. */
  @Allow('signed-in')
  @WriteBudget('profile')
  @Put('organizations/:organizationId/logo')
  @PictureUpload("The organization's new logo, replacing the old one")
  setLogo(
    @CurrentUser() user: AuthUser,
    @UuidParam('organizationId') organizationId: string,
    @ZodBody(UploadImageInput) input: UploadImageInput,
    @UploadedFile() file: Upload,
  ) {
    return this.pictures.setLogo(user, organizationId, input.alt, file?.buffer);
  }

  @Allow('anyone')
  @Get('organizations/:organizationId/logo')
  @ApiZodResponse(PictureSlotDto, "The organization's logo, or null")
  logo(@UuidParam('organizationId') organizationId: string) {
    return this.pictures.logo(organizationId);
  }

  @Allow('anyone')
  @Get('pictures/:pictureId/file')
  @ApiZodQuery(ImageFileQuery)
  @ApiOkResponse({
    description:
      'One rendition of a banner, logo or avatar; its name holds its content hash, so it is cached for a year',
    content: {
      'image/avif': { schema: { type: 'string', format: 'binary' } },
      'image/webp': { schema: { type: 'string', format: 'binary' } },
      'image/jpeg': { schema: { type: 'string', format: 'binary' } },
    },
  })
  async file(
    @UuidParam('pictureId') pictureId: string,
    @ZodQuery(ImageFileQuery) query: ImageFileQuery,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.pictures.file(pictureId, query.name);
    response
      .status(200)
      .set({
        'Content-Type': file.type,
        'Cache-Control': `public, max-age=${YEAR}, immutable`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'",
      })
      .send(file.data);
  }
}
