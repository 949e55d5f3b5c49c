import type {
  CatalogueEntryDto,
  ChallengeDto,
  CreateChallengeInput,
  DatasetDto,
  DatasetInput,
  OrganizationDto,
  UpdateChallengeInput,
} from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { type EventAccess, isOrganizer } from '../access/access.rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import { Clock } from '../common/clock.js';
import { beforeDeadline } from '../events/event-phase.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import type { ChallengeEntity } from './challenge.entity.js';
import { ChallengeError } from './challenges.errors.js';
import { ChallengesRepository } from './challenges.repository.js';
import type { DatasetEntity } from './dataset.entity.js';

const byTitle = new Intl.Collator('sv', { sensitivity: 'base' });

/**
 * Challenges of an event with their open data sets. Organizers manage every challenge at any time;
 * an agency manages its own organization's challenges until the submission deadline, after which
 * teams have built on them and they hold still.
 */
@Injectable()
export class ChallengesService {
  constructor(
    private readonly challenges: ChallengesRepository,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The challenge with this id in this event; a missing one and one of another event are both 404. */
  async getInEvent(eventId: string, challengeId: string): Promise<ChallengeEntity> {
    const challenge = UUID.test(challengeId)
      ? await this.challenges.findInEvent(eventId, challengeId.toLowerCase())
      : null;
    if (!challenge) throw notFound();
    return challenge;
  }

  /** Those of `datasetIds` that belong to this event's challenges (the catalogue); others are left out. */
  catalogueDatasets(eventId: string, datasetIds: string[]): Promise<DatasetEntity[]> {
    return this.challenges.catalogueByIds(
      eventId,
      datasetIds.filter((id) => UUID.test(id)).map((id) => id.toLowerCase()),
    );
  }

  async list(access: EventAccess): Promise<ChallengeDto[]> {
    const rows = (await this.challenges.listByEvent(access.event.id)).sort(
      (a, b) => byTitle.compare(a.title, b.title) || a.id.localeCompare(b.id),
    );
    return this.toDtos(rows);
  }

  async get(access: EventAccess, challengeId: string): Promise<ChallengeDto> {
    const [dto] = await this.toDtos([await this.getInEvent(access.event.id, challengeId)]);
    return dto!;
  }

  /** The event's data-set catalogue: every challenge's data sets, by challenge title and then in each list's order. */
  async catalogue(access: EventAccess): Promise<CatalogueEntryDto[]> {
    const challenges = await this.challenges.listByEvent(access.event.id);
    const [datasets, organizations] = await Promise.all([
      this.challenges.datasetsOf(challenges.map((challenge) => challenge.id)),
      this.organizationsById(challenges),
    ]);
    const challengeOf = new Map(challenges.map((challenge) => [challenge.id, challenge]));
    return datasets
      .map((dataset) => ({ dataset, challenge: challengeOf.get(dataset.challengeId)! }))
      .sort(
        (a, b) =>
          byTitle.compare(a.challenge.title, b.challenge.title) ||
          a.challenge.id.localeCompare(b.challenge.id) ||
          a.dataset.position - b.dataset.position,
      )
      .map(({ dataset, challenge }) => ({
        ...toDatasetDto(dataset),
        challengeId: challenge.id,
        challengeTitle: challenge.title,
        organizationId: challenge.organizationId,
        organizationName: organizations.get(challenge.organizationId)?.name ?? '',
      }));
  }

  async create(access: EventAccess, user: AuthUser, input: CreateChallengeInput): Promise<ChallengeDto> {
    this.assertMayWriteNow(access);
    const organizationId = input.organizationId?.toLowerCase() ?? soleOrganization(access);
    if (!organizationId) {
      throw new ChallengeError('ORGANIZATION_REQUIRED', 'Say which organization poses this challenge.', {
        organizationId: 'is required',
      });
    }
    this.assertActsFor(access, organizationId);
    await this.assertOrganizationExists(organizationId);
    const { datasets, ...fields } = input;
    const challenge = await this.dataSource.transaction(async (manager) => {
      const created = await this.challenges.insert(manager, {
        ...fields,
        contactEmail: fields.contactEmail ?? null,
        eventId: access.event.id,
        organizationId,
        createdBy: user.id,
      });
      await this.replaceDatasets(manager, created.id, datasets);
      await this.audit.record(manager, {
        eventId: access.event.id,
        actorId: user.id,
        action: 'challenge.created',
        targetType: 'challenge',
        targetId: created.id,
        details: { title: created.title, organizationId, datasets: datasets.length },
      });
      return created;
    });
    return this.get(access, challenge.id);
  }

  async update(
    access: EventAccess,
    user: AuthUser,
    challengeId: string,
    input: UpdateChallengeInput,
  ): Promise<ChallengeDto> {
    const existing = await this.getInEvent(access.event.id, challengeId);
    this.assertActsFor(access, existing.organizationId, 'NOT_YOUR_CHALLENGE');
    this.assertMayWriteNow(access);
    const { datasets, organizationId, ...fields } = input;
    if (organizationId !== undefined && organizationId.toLowerCase() !== existing.organizationId) {
      this.assertActsFor(access, organizationId.toLowerCase());
      await this.assertOrganizationExists(organizationId.toLowerCase());
    }
    await this.dataSource.transaction(async (manager) => {
      await this.challenges.update(manager, existing.id, {
        ...fields,
        ...(organizationId !== undefined ? { organizationId: organizationId.toLowerCase() } : {}),
      });
      if (datasets) await this.replaceDatasets(manager, existing.id, datasets);
      await this.audit.record(manager, {
        eventId: access.event.id,
        actorId: user.id,
        action: 'challenge.updated',
        targetType: 'challenge',
        targetId: existing.id,
        details: { changed: Object.keys(input) },
      });
    });
    return this.get(access, existing.id);
  }

  async remove(access: EventAccess, user: AuthUser, challengeId: string): Promise<void> {
    const existing = await this.getInEvent(access.event.id, challengeId);
    this.assertActsFor(access, existing.organizationId, 'NOT_YOUR_CHALLENGE');
    this.assertMayWriteNow(access);
    try {
      await this.dataSource.transaction(async (manager) => {
        if (await this.challenges.hasSubmissions(manager, existing.id)) throw hasSubmissions();
        await this.challenges.delete(manager, existing.id);
        await this.audit.record(manager, {
          eventId: access.event.id,
          actorId: user.id,
          action: 'challenge.deleted',
          targetType: 'challenge',
          targetId: existing.id,
          details: { title: existing.title, organizationId: existing.organizationId },
        });
      });
    } catch (error) {
      // A submission created between the check and the delete: the foreign key refuses it.
      if (error instanceof QueryFailedError && isForeignKeyViolation(error)) throw hasSubmissions();
      throw error;
    }
  }

  /**
   * Makes the challenge's data sets exactly `inputs`, in that order. Entries naming one of its
   * current data sets keep that row, so submissions that cite it keep their link.
   */
  private async replaceDatasets(manager: EntityManager, challengeId: string, inputs: DatasetInput[]): Promise<void> {
    const current = new Set((await this.challenges.datasetsOf([challengeId], manager)).map((dataset) => dataset.id));
    const problems: Record<string, string> = {};
    inputs.forEach((input, index) => {
      if (input.id && !current.has(input.id.toLowerCase())) {
        problems[`datasets.${index}.id`] = 'is not one of this challenge’s data sets';
      }
    });
    if (Object.keys(problems).length > 0) {
      throw new ChallengeError('DATASET_NOT_FOUND', 'Some data sets are not part of this challenge.', problems);
    }
    const kept = new Set(inputs.filter((input) => input.id).map((input) => input.id!.toLowerCase()));
    await this.challenges.deleteDatasets(
      manager,
      [...current].filter((id) => !kept.has(id)),
    );
    const fresh: Partial<DatasetEntity>[] = [];
    for (const [position, { id, ...fields }] of inputs.entries()) {
      if (id) await this.challenges.updateDataset(manager, id.toLowerCase(), { ...fields, position });
      else fresh.push({ ...fields, challengeId, position });
    }
    await this.challenges.insertDatasets(manager, fresh);
  }

  /** Organizers write at any time; an agency only until the submission deadline. */
  private assertMayWriteNow(access: EventAccess): void {
    if (isOrganizer(access) || beforeDeadline(access.event, this.clock.now())) return;
    throw new ChallengeError(
      'DEADLINE_PASSED',
      'The submission deadline has passed: challenges can no longer be changed. Ask an organizer.',
    );
  }

  private assertActsFor(
    access: EventAccess,
    organizationId: string,
    code: 'NOT_YOUR_ORGANIZATION' | 'NOT_YOUR_CHALLENGE' = 'NOT_YOUR_ORGANIZATION',
  ): void {
    if (isOrganizer(access) || access.organizationIds.includes(organizationId)) return;
    if (code === 'NOT_YOUR_CHALLENGE') {
      throw new ChallengeError('NOT_YOUR_CHALLENGE', 'This challenge belongs to another organization.');
    }
    throw new ChallengeError(
      'NOT_YOUR_ORGANIZATION',
      'You can post challenges only for the organization you represent in this event.',
      { organizationId: 'is not an organization you represent in this event' },
    );
  }

  private async assertOrganizationExists(organizationId: string): Promise<void> {
    const [found] = await this.organizations.findMany([organizationId]);
    if (!found) {
      throw new ChallengeError('ORGANIZATION_NOT_FOUND', 'There is no such organization.', {
        organizationId: 'is not a known organization',
      });
    }
  }

  private async organizationsById(challenges: ChallengeEntity[]): Promise<Map<string, OrganizationDto>> {
    const organizations = await this.organizations.findMany(challenges.map((challenge) => challenge.organizationId));
    return new Map(organizations.map((organization) => [organization.id, organization]));
  }

  private async toDtos(challenges: ChallengeEntity[]): Promise<ChallengeDto[]> {
    const [datasets, organizations] = await Promise.all([
      this.challenges.datasetsOf(challenges.map((challenge) => challenge.id)),
      this.organizationsById(challenges),
    ]);
    return challenges.map((challenge) => ({
      id: challenge.id,
      eventId: challenge.eventId,
      organization: organizations.get(challenge.organizationId)!,
      title: challenge.title,
      description: challenge.description,
      prizes: challenge.prizes,
      contactName: challenge.contactName,
      contactEmail: challenge.contactEmail,
      datasets: datasets.filter((dataset) => dataset.challengeId === challenge.id).map(toDatasetDto),
      createdAt: challenge.createdAt.toISOString(),
      updatedAt: challenge.updatedAt.toISOString(),
    }));
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An agency member acting for exactly one organization need not name it. */
function soleOrganization(access: EventAccess): string | null {
  const ids = [...new Set(access.organizationIds)];
  return ids.length === 1 ? ids[0]! : null;
}

function toDatasetDto(dataset: DatasetEntity): DatasetDto {
  return {
    id: dataset.id,
    title: dataset.title,
    url: dataset.url,
    format: dataset.format,
    licence: dataset.licence,
  };
}

function notFound() {
  return new ChallengeError('CHALLENGE_NOT_FOUND', 'This event has no such challenge.');
}

function hasSubmissions() {
  return new ChallengeError(
    'HAS_SUBMISSIONS',
    'Teams have already submitted to this challenge, so it cannot be deleted. Edit it instead.',
  );
}

function isForeignKeyViolation(error: QueryFailedError): boolean {
  const code = (error.driverError as { code?: string } | undefined)?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
