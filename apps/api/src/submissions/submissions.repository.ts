import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { SubmissionDatasetEntity } from './submission-dataset.entity.js';
import { SubmissionRevisionEntity } from './submission-revision.entity.js';
import { SubmissionEntity } from './submission.entity.js';

export type RevisionRow = SubmissionRevisionEntity & { author: UserEntity | null };

/** Which submissions a list may show: the whole event, or only some teams' and some challenges'. */
export interface SubmissionScope {
  eventId: string;
  challengeId?: string;
  status?: SubmissionEntity['status'];
  /** When given, only submissions of these teams or to these challenges. */
  visibleTo?: { teamIds: string[]; challengeIds: string[] };
}

@Injectable()
export class SubmissionsRepository {
  constructor(@InjectRepository(SubmissionEntity) private readonly submissions: Repository<SubmissionEntity>) {}

  private get manager(): EntityManager {
    return this.submissions.manager;
  }

  /** Always by event and id together, so an id from another event is simply not found. */
  findInEvent(eventId: string, id: string, manager = this.manager): Promise<SubmissionEntity | null> {
    return manager.findOne(SubmissionEntity, { where: { eventId, id } });
  }

  existsFor(manager: EntityManager, teamId: string, challengeId: string): Promise<boolean> {
    return manager.exists(SubmissionEntity, { where: { teamId, challengeId } });
  }

  async page(scope: SubmissionScope, limit: number, offset: number, order: 'created' | 'title') {
    const query = this.submissions
      .createQueryBuilder('submission')
      .where('submission.event_id = :eventId', { eventId: scope.eventId });
    if (scope.challengeId) query.andWhere('submission.challenge_id = :challengeId', { challengeId: scope.challengeId });
    if (scope.status) query.andWhere('submission.status = :status', { status: scope.status });
    if (scope.visibleTo) {
      const { teamIds, challengeIds } = scope.visibleTo;
      if (teamIds.length === 0 && challengeIds.length === 0) return [[], 0] as [SubmissionEntity[], number];
      const clauses: string[] = [];
      if (teamIds.length > 0) clauses.push('submission.team_id IN (:...teamIds)');
      if (challengeIds.length > 0) clauses.push('submission.challenge_id IN (:...challengeIds)');
      query.andWhere(`(${clauses.join(' OR ')})`, { teamIds, challengeIds });
    }
    if (order === 'title') query.orderBy('submission.title', 'ASC');
    else query.orderBy('submission.created_at', 'ASC');
    return query.addOrderBy('submission.id', 'ASC').take(limit).skip(offset).getManyAndCount();
  }

  /** How many of the event's submissions are submitted and how many are drafts. */
  async countByStatus(eventId: string): Promise<{ submitted: number; drafts: number }> {
    const rows = await this.submissions
      .createQueryBuilder('submission')
      .select('submission.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('submission.event_id = :eventId', { eventId })
      .groupBy('submission.status')
      .getRawMany<{ status: string; count: string | number }>();
    const count = (status: string) => Number(rows.find((row) => row.status === status)?.count ?? 0);
    return { submitted: count('submitted'), drafts: count('draft') };
  }

  /** The challenges of the event that have at least one submission. */
  async challengeIdsWithSubmissions(eventId: string): Promise<string[]> {
    const rows = await this.submissions
      .createQueryBuilder('submission')
      .select('DISTINCT submission.challenge_id', 'challengeId')
      .where('submission.event_id = :eventId', { eventId })
      .getRawMany<{ challengeId: string }>();
    return rows.map((row) => row.challengeId);
  }

  datasetsOf(submissionIds: string[], manager = this.manager): Promise<SubmissionDatasetEntity[]> {
    if (submissionIds.length === 0) return Promise.resolve([]);
    return manager.find(SubmissionDatasetEntity, { where: { submissionId: In([...new Set(submissionIds)]) } });
  }

  insert(manager: EntityManager, submission: Partial<SubmissionEntity>): Promise<SubmissionEntity> {
    return manager.save(SubmissionEntity, manager.create(SubmissionEntity, submission));
  }

  /**
   * Saves a change only if the submission is still at `expectedVersion`, raising the version by one.
   * One conditional UPDATE: of concurrent changes based on the same version exactly one gets through.
   */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    changes: Partial<SubmissionEntity>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(SubmissionEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return result.affected === 1;
  }

  async replaceDatasets(
    manager: EntityManager,
    submissionId: string,
    datasets: Pick<SubmissionDatasetEntity, 'datasetId' | 'title' | 'url'>[],
  ): Promise<void> {
    await manager.delete(SubmissionDatasetEntity, { submissionId });
    if (datasets.length === 0) return;
    await manager.save(
      SubmissionDatasetEntity,
      datasets.map((dataset) => manager.create(SubmissionDatasetEntity, { ...dataset, submissionId })),
    );
  }

  async insertRevision(manager: EntityManager, revision: Partial<SubmissionRevisionEntity>): Promise<void> {
    await manager.save(SubmissionRevisionEntity, manager.create(SubmissionRevisionEntity, revision));
  }

  latestRevision(manager: EntityManager, submissionId: string): Promise<SubmissionRevisionEntity | null> {
    return manager.findOne(SubmissionRevisionEntity, { where: { submissionId }, order: { version: 'DESC' } });
  }

  async replaceRevision(
    manager: EntityManager,
    id: string,
    revision: Pick<SubmissionRevisionEntity, 'version' | 'snapshot' | 'createdAt'>,
  ): Promise<void> {
    // update, not save: save never changes a create-date column. The driver serializes simple-json;
    // only TypeORM's deep-partial type cannot see that a plain record fits it.
    const { snapshot, ...rest } = revision;
    await manager.update(SubmissionRevisionEntity, { id }, { ...rest, snapshot: snapshot as never });
  }

  revisions(submissionId: string, limit: number, offset: number): Promise<[RevisionRow[], number]> {
    return this.manager
      .createQueryBuilder(SubmissionRevisionEntity, 'revision')
      .leftJoinAndMapOne('revision.author', UserEntity, 'author', 'author.id = revision.author_id')
      .where('revision.submission_id = :submissionId', { submissionId })
      .orderBy('revision.version', 'DESC')
      .take(limit)
      .skip(offset)
      .getManyAndCount() as Promise<[RevisionRow[], number]>;
  }
}
