import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull, LessThanOrEqual, Not } from 'typeorm';
import { ChallengeEntity } from '../challenges/challenge.entity.js';
import { DatasetEntity } from '../challenges/dataset.entity.js';
import { EventEntity } from '../events/event.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { SubmissionDatasetEntity } from '../submissions/submission-dataset.entity.js';
import { SubmissionRevisionEntity } from '../submissions/submission-revision.entity.js';
import { SubmissionEntity } from '../submissions/submission.entity.js';
import { TeamEntity } from '../teams/team.entity.js';

/** A challenge with what open data may say about it: never its contact person. */
export interface ChallengeRow {
  challenge: ChallengeEntity;
  organization: OrganizationEntity;
  datasets: DatasetEntity[];
}

/** A submitted project with its team's name and the data sets it used. */
export interface ProjectRow {
  submission: SubmissionEntity;
  teamName: string;
  event: EventEntity;
  challenge: ChallengeEntity;
  datasets: SubmissionDatasetEntity[];
}

/**
 * Reads what the open-data outputs publish. Every query here is a read of public records; the
 * service decides which events and projects are public at the moment of the request.
 */
@Injectable()
export class OpenDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  findEvent(idOrSlug: string): Promise<EventEntity | null> {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
    return this.manager.findOne(EventEntity, { where: uuid ? { id: idOrSlug } : { slug: idOrSlug } });
  }

  findEventsByIds(ids: string[]): Promise<EventEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.find(EventEntity, { where: { id: In([...new Set(ids)]) } });
  }

  publicEvents(): Promise<EventEntity[]> {
    return this.manager.find(EventEntity, { where: { isPublic: true }, order: { hackingStartsAt: 'DESC', id: 'ASC' } });
  }

  /** Public events whose results are published at `now`. */
  publishedEvents(now: Date): Promise<EventEntity[]> {
    return this.manager.find(EventEntity, {
      where: { isPublic: true, resultsPublishedAt: LessThanOrEqual(now) },
      order: { hackingStartsAt: 'DESC', id: 'ASC' },
    });
  }

  findChallenge(eventId: string, challengeId: string): Promise<ChallengeEntity | null> {
    return this.manager.findOne(ChallengeEntity, { where: { id: challengeId, eventId } });
  }

  findDataset(id: string): Promise<DatasetEntity | null> {
    return this.manager.findOne(DatasetEntity, { where: { id } });
  }

  findOrganization(id: string): Promise<OrganizationEntity | null> {
    return this.manager.findOne(OrganizationEntity, { where: { id } });
  }

  async challenges(where: {
    eventIds?: string[];
    challengeIds?: string[];
    organizationId?: string;
  }): Promise<ChallengeRow[]> {
    const challenges = await this.manager.find(ChallengeEntity, {
      where: {
        ...(where.eventIds ? { eventId: In(where.eventIds) } : {}),
        ...(where.challengeIds ? { id: In(where.challengeIds) } : {}),
        ...(where.organizationId ? { organizationId: where.organizationId } : {}),
      },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    if (challenges.length === 0) return [];
    const organizations = await this.manager.find(OrganizationEntity, {
      where: { id: In([...new Set(challenges.map((c) => c.organizationId))]) },
    });
    const datasets = await this.manager.find(DatasetEntity, {
      where: { challengeId: In(challenges.map((c) => c.id)) },
      order: { position: 'ASC', id: 'ASC' },
    });
    return challenges.map((challenge) => ({
      challenge,
      organization: organizations.find((o) => o.id === challenge.organizationId)!,
      datasets: datasets.filter((d) => d.challengeId === challenge.id),
    }));
  }

  /** Submitted projects of these events (the caller passes only events whose projects are public). */
  async submittedProjects(eventIds: string[]): Promise<ProjectRow[]> {
    if (eventIds.length === 0) return [];
    const submissions = await this.manager.find(SubmissionEntity, {
      where: { eventId: In(eventIds), status: 'submitted', submittedAt: Not(IsNull()) },
      order: { title: 'ASC', id: 'ASC' },
    });
    return this.projectRows(submissions);
  }

  /** The ids of submissions that used a catalogue data set in `datasetIds` or a free entry at one of `urls`. */
  async submissionIdsUsing(datasetIds: string[], urls: string[]): Promise<string[]> {
    const rows = await this.manager.find(SubmissionDatasetEntity, {
      where: [
        ...(datasetIds.length ? [{ datasetId: In(datasetIds) }] : []),
        ...(urls.length ? [{ url: In(urls) }] : []),
      ],
    });
    return [...new Set(rows.map((row) => row.submissionId))];
  }

  datasetsAt(urls: string[]): Promise<DatasetEntity[]> {
    if (urls.length === 0) return Promise.resolve([]);
    return this.manager.find(DatasetEntity, { where: { url: In(urls) } });
  }

  challengesByIds(ids: string[]): Promise<ChallengeEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.find(ChallengeEntity, { where: { id: In([...new Set(ids)]) } });
  }

  async submittedProjectsByIds(ids: string[]): Promise<ProjectRow[]> {
    if (ids.length === 0) return [];
    const submissions = await this.manager.find(SubmissionEntity, {
      where: { id: In(ids), status: 'submitted', submittedAt: Not(IsNull()) },
      order: { title: 'ASC', id: 'ASC' },
    });
    return this.projectRows(submissions);
  }

  private async projectRows(submissions: SubmissionEntity[]): Promise<ProjectRow[]> {
    if (submissions.length === 0) return [];
    const [teams, events, challenges, datasets] = await Promise.all([
      this.manager.find(TeamEntity, { where: { id: In([...new Set(submissions.map((s) => s.teamId))]) } }),
      this.findEventsByIds(submissions.map((s) => s.eventId)),
      this.challengesByIds(submissions.map((s) => s.challengeId)),
      this.manager.find(SubmissionDatasetEntity, { where: { submissionId: In(submissions.map((s) => s.id)) } }),
    ]);
    return submissions.map((submission) => ({
      submission,
      teamName: teams.find((team) => team.id === submission.teamId)?.name ?? '',
      event: events.find((event) => event.id === submission.eventId)!,
      challenge: challenges.find((challenge) => challenge.id === submission.challengeId)!,
      datasets: datasets
        .filter((dataset) => dataset.submissionId === submission.id)
        .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id)),
    }));
  }

  /** Whether the event has nothing an import could collide with. */
  async isEmpty(manager: EntityManager, eventId: string): Promise<boolean> {
    const [challenges, teams] = await Promise.all([
      manager.count(ChallengeEntity, { where: { eventId } }),
      manager.count(TeamEntity, { where: { eventId } }),
    ]);
    return challenges === 0 && teams === 0;
  }

  organizationByName(manager: EntityManager, name: string): Promise<OrganizationEntity | null> {
    return manager.findOne(OrganizationEntity, { where: { name } });
  }

  insertOrganization(manager: EntityManager, fields: Partial<OrganizationEntity>): Promise<OrganizationEntity> {
    return manager.save(OrganizationEntity, manager.create(OrganizationEntity, fields));
  }

  insertChallenge(manager: EntityManager, fields: Partial<ChallengeEntity>): Promise<ChallengeEntity> {
    return manager.save(ChallengeEntity, manager.create(ChallengeEntity, fields));
  }

  insertDataset(manager: EntityManager, fields: Partial<DatasetEntity>): Promise<DatasetEntity> {
    return manager.save(DatasetEntity, manager.create(DatasetEntity, fields));
  }

  insertTeam(manager: EntityManager, fields: Partial<TeamEntity>): Promise<TeamEntity> {
    return manager.save(TeamEntity, manager.create(TeamEntity, fields));
  }

  insertSubmission(manager: EntityManager, fields: Partial<SubmissionEntity>): Promise<SubmissionEntity> {
    return manager.save(SubmissionEntity, manager.create(SubmissionEntity, fields));
  }

  insertSubmissionDataset(manager: EntityManager, fields: Partial<SubmissionDatasetEntity>): Promise<void> {
    return manager.save(SubmissionDatasetEntity, manager.create(SubmissionDatasetEntity, fields)).then(() => undefined);
  }

  insertRevision(manager: EntityManager, fields: Partial<SubmissionRevisionEntity>): Promise<void> {
    return manager
      .save(SubmissionRevisionEntity, manager.create(SubmissionRevisionEntity, fields))
      .then(() => undefined);
  }
}
