import type { PictureDto, PictureKind, PictureSlotDto } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EventAccess } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { TeamsService } from '../teams/teams.service.js';
import { ImageStorage } from '../uploads/image-storage.js';
import { storeUpload } from '../uploads/image-processing.js';
import { type RenditionType, imageUrls, renditionType } from '../uploads/image-urls.js';
import type { PictureEntity } from './picture.entity.js';
import { PictureError } from './pictures.errors.js';
import { PicturesRepository } from './pictures.repository.js';

const TARGET: Record<PictureKind, string> = {
  'event-banner': 'event',
  'organization-logo': 'organization',
  'team-avatar': 'team',
};

/**
 * Event banners, organization logos and team avatars. They go through the same checks and
 * re-encoding as project images; one per owner, and public like the names they stand next to.
 */
@Injectable()
export class PicturesService {
  constructor(
    private readonly pictures: PicturesRepository,
    private readonly organizations: OrganizationsService,
    private readonly teams: TeamsService,
    private readonly storage: ImageStorage,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Organizers only (the route's guard checks). */
  setBanner(access: EventAccess, user: AuthUser, alt: string, data: Buffer | undefined): Promise<PictureDto> {
    return this.store('event-banner', access.event.id, access.event.id, user, alt, data);
  }

  async setLogo(user: AuthUser, organizationId: string, alt: string, data: Buffer | undefined): Promise<PictureDto> {
    // The same people who edit the organization's details: admins and its agency members.
    await this.organizations.assertCanEdit(user, organizationId);
    return this.store('organization-logo', organizationId, null, user, alt, data);
  }

  async setAvatar(
    access: EventAccess,
    user: AuthUser,
    teamId: string,
    alt: string,
    data: Buffer | undefined,
  ): Promise<PictureDto> {
    await this.teamIn(access, teamId);
    const own = await this.teams.teamOf(access.event.id, user.id);
    if (own?.id !== teamId) throw new PictureError('NOT_YOUR_TEAM', "Only the team's members change its avatar.");
    return this.store('team-avatar', teamId, access.event.id, user, alt, data);
  }

  async banner(access: EventAccess): Promise<PictureSlotDto> {
    return this.slot('event-banner', access.event.id);
  }

  async logo(organizationId: string): Promise<PictureSlotDto> {
    await this.organizations.get(organizationId);
    return this.slot('organization-logo', organizationId);
  }

  async avatar(access: EventAccess, teamId: string): Promise<PictureSlotDto> {
    await this.teamIn(access, teamId);
    return this.slot('team-avatar', teamId);
  }

  async file(pictureId: string, name: string): Promise<{ data: Buffer; type: RenditionType }> {
    const picture = await this.pictures.findById(pictureId);
    const type = picture && renditionType(picture, name);
    const data = type && (await this.storage.get(name));
    if (!type || !data) throw new PictureError('PICTURE_NOT_FOUND', 'There is no such picture.');
    return { data, type };
  }

  private async slot(kind: PictureKind, ownerId: string): Promise<PictureSlotDto> {
    const picture = await this.pictures.find(kind, ownerId);
    return { picture: picture ? toDto(picture) : null };
  }

  private async teamIn(access: EventAccess, teamId: string) {
    const team = await this.pictures.team(access.event.id, teamId);
    if (!team) throw new PictureError('TEAM_NOT_FOUND', 'This event has no such team.');
    return team;
  }

  private async store(
    kind: PictureKind,
    ownerId: string,
    eventId: string | null,
    user: AuthUser,
    alt: string,
    data: Buffer | undefined,
  ): Promise<PictureDto> {
    const image = await storeUpload(this.storage, data);
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await this.pictures.replace(manager, {
        kind,
        ownerId,
        alt,
        contentHash: image.hash,
        width: image.width,
        height: image.height,
        widths: image.widths,
        uploadedBy: user.id,
        createdAt: this.clock.now(),
      });
      await this.audit.record(manager, {
        eventId,
        actorId: user.id,
        action: `${TARGET[kind]}.picture-changed`,
        targetType: TARGET[kind],
        targetId: ownerId,
        details: { pictureId: row.id, kind },
      });
      return row;
    });
    return toDto(saved);
  }
}

function toDto(row: PictureEntity): PictureDto {
  return {
    id: row.id,
    kind: row.kind,
    alt: row.alt,
    width: row.width,
    height: row.height,
    ...imageUrls(`/api/pictures/${row.id}/file?name=`, row),
  };
}
