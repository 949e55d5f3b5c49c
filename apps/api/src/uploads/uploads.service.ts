import { MAX_UPLOADED_IMAGES, type SubmissionImageDto, type SubmissionImageListDto } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EventAccess } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { SubmissionsService } from '../submissions/submissions.service.js';
import { ImageStorage } from './image-storage.js';
import { storeUpload } from './image-processing.js';
import { type RenditionType, imageUrls, renditionType } from './image-urls.js';
import type { SubmissionImageEntity } from './submission-image.entity.js';
import { UploadError } from './uploads.errors.js';
import { UploadsRepository } from './uploads.repository.js';

export interface ImageFile {
  data: Buffer;
  type: RenditionType;
  /** Anyone may see it (a submitted project in the public gallery); otherwise only the team and organizers. */
  isPublic: boolean;
}

/** Project screenshots: checked by content, re-encoded without metadata, stored by content hash. */
@Injectable()
export class UploadsService {
  constructor(
    private readonly uploads: UploadsRepository,
    private readonly submissions: SubmissionsService,
    private readonly storage: ImageStorage,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async upload(
    access: EventAccess,
    user: AuthUser,
    submissionId: string,
    alt: string,
    data: Buffer | undefined,
  ): Promise<SubmissionImageDto> {
    const { canEdit } = await this.submissions.imageAccess(access, user, submissionId);
    if (!canEdit) {
      throw new UploadError(
        'NOT_YOUR_SUBMISSION',
        'Only the team adds images to its project, and only before the deadline.',
      );
    }
    if (data?.length && (await this.uploads.count(submissionId)) >= MAX_UPLOADED_IMAGES) throw tooMany();
    const image = await storeUpload(this.storage, data);
    const saved = await this.dataSource.transaction(async (manager) => {
      const position = await this.uploads.nextPosition(manager, submissionId);
      if (position >= MAX_UPLOADED_IMAGES) throw tooMany();
      const row = await this.uploads.insert(manager, {
        eventId: access.event.id,
        submissionId,
        position,
        alt,
        contentHash: image.hash,
        width: image.width,
        height: image.height,
        widths: image.widths,
        uploadedBy: user.id,
        createdAt: this.clock.now(),
      });
      await this.audit.record(manager, {
        eventId: access.event.id,
        actorId: user.id,
        action: 'submission.image-added',
        targetType: 'submission',
        targetId: submissionId,
        details: { imageId: row.id },
      });
      return row;
    });
    return toDto(saved);
  }

  async list(access: EventAccess, user: AuthUser | null, submissionId: string): Promise<SubmissionImageListDto> {
    await this.submissions.imageAccess(access, user, submissionId);
    return { items: (await this.uploads.list(submissionId)).map(toDto) };
  }

  async remove(access: EventAccess, user: AuthUser, submissionId: string, imageId: string): Promise<void> {
    const { canEdit } = await this.submissions.imageAccess(access, user, submissionId);
    if (!canEdit) {
      throw new UploadError(
        'NOT_YOUR_SUBMISSION',
        "Only the team removes its project's images, and only before the deadline.",
      );
    }
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.uploads.delete(manager, submissionId, imageId))) throw imageNotFound();
      await this.audit.record(manager, {
        eventId: access.event.id,
        actorId: user.id,
        action: 'submission.image-removed',
        targetType: 'submission',
        targetId: submissionId,
        details: { imageId },
      });
    });
  }

  async file(
    access: EventAccess,
    user: AuthUser | null,
    submissionId: string,
    imageId: string,
    name: string,
  ): Promise<ImageFile> {
    const { isPublic } = await this.submissions.imageAccess(access, user, submissionId);
    const image = await this.uploads.find(submissionId, imageId);
    const type = image && renditionType(image, name);
    if (!type) throw imageNotFound();
    const data = await this.storage.get(name);
    if (!data) throw imageNotFound();
    return { data, type, isPublic };
  }
}

function toDto(row: SubmissionImageEntity): SubmissionImageDto {
  const base = `/api/events/${row.eventId}/submissions/${row.submissionId}/images/${row.id}/file?name=`;
  return {
    id: row.id,
    alt: row.alt,
    width: row.width,
    height: row.height,
    position: row.position,
    ...imageUrls(base, row),
  };
}

function tooMany() {
  return new UploadError('TOO_MANY_IMAGES', `A project holds at most ${MAX_UPLOADED_IMAGES} images.`);
}
function imageNotFound() {
  return new UploadError('IMAGE_NOT_FOUND', 'This project has no such image.');
}
