import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { SubmissionEntity } from '../submissions/submission.entity.js';
import { TeamEntity } from '../teams/team.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { ReviewCommentEntity } from './review-comment.entity.js';
import { ScoreEntity } from './score.entity.js';

export interface ReviewKey {
  roundId: string;
  jurorId: string;
  submissionId: string;
}

export interface StoredReview {
  values: Map<string, number>;
  comment: string | null;
  updatedAt: Date | null;
}

export interface ScoreRow {
  roundId: string;
  jurorId: string;
  submissionId: string;
  criterionKey: string;
  value: number;
}

export type ScoreExportRow = ScoreRow & {
  jurorName: string;
  submissionTitle: string;
  teamName: string;
  updatedAt: Date;
};
export type CommentExportRow = ReviewKey & { jurorName: string; comment: string; updatedAt: Date };

type Joined<T, K extends string, J> = T & Record<K, J>;

const SCORE_KEY = ['round_id', 'juror_id', 'submission_id', 'criterion_key'];

@Injectable()
export class ReviewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async review(key: ReviewKey, manager = this.manager): Promise<StoredReview> {
    // One after the other: `manager` may be a transaction's, whose connection runs one query at a time.
    const scores = await manager.find(ScoreEntity, { where: { ...key } });
    const comment = await manager.findOne(ReviewCommentEntity, { where: { ...key } });
    const times = [...scores.map((score) => score.updatedAt), ...(comment ? [comment.updatedAt] : [])];
    return {
      values: new Map(scores.map((score) => [score.criterionKey, Number(score.value)])),
      comment: comment?.comment ?? null,
      updatedAt: times.length > 0 ? new Date(Math.max(...times.map((time) => time.getTime()))) : null,
    };
  }

  /**
   * One INSERT … ON CONFLICT DO UPDATE on the unique (round, juror, submission, criterion): two
   * saves of the same value never make two rows, and a save racing another replaces it whole.
   */
  async upsertScores(
    manager: EntityManager,
    key: ReviewKey,
    values: ReadonlyMap<string, number>,
    at: Date,
  ): Promise<void> {
    if (values.size === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(ScoreEntity)
      .values([...values].map(([criterionKey, value]) => ({ ...key, criterionKey, value, updatedAt: at })))
      .orUpdate(['value', 'updated_at'], SCORE_KEY)
      .execute();
  }

  async deleteScores(manager: EntityManager, key: ReviewKey, criterionKeys: readonly string[]): Promise<void> {
    if (criterionKeys.length === 0) return;
    await manager.delete(ScoreEntity, { ...key, criterionKey: In([...criterionKeys]) });
  }

  async saveComment(manager: EntityManager, key: ReviewKey, comment: string | null, at: Date): Promise<void> {
    if (comment === null) {
      await manager.delete(ReviewCommentEntity, { ...key });
      return;
    }
    await manager
      .createQueryBuilder()
      .insert()
      .into(ReviewCommentEntity)
      .values({ ...key, comment, updatedAt: at })
      .orUpdate(['comment', 'updated_at'], ['round_id', 'juror_id', 'submission_id'])
      .execute();
  }

  /** Every score of the rounds: what a leaderboard is built from. */
  async scores(roundIds: readonly string[], manager = this.manager): Promise<ScoreRow[]> {
    if (roundIds.length === 0) return [];
    const rows = await manager.find(ScoreEntity, {
      select: { roundId: true, jurorId: true, submissionId: true, criterionKey: true, value: true },
      where: { roundId: In([...new Set(roundIds)]) },
    });
    return rows.map((row) => ({
      roundId: row.roundId,
      jurorId: row.jurorId,
      submissionId: row.submissionId,
      criterionKey: row.criterionKey,
      value: Number(row.value),
    }));
  }

  /** Every score of the rounds with the juror's name and the submission's title, for exports. */
  async scoresForExport(roundIds: readonly string[]): Promise<ScoreExportRow[]> {
    if (roundIds.length === 0) return [];
    const rows = (await this.manager
      .createQueryBuilder(ScoreEntity, 'score')
      .innerJoinAndMapOne('score.juror', UserEntity, 'juror', 'juror.id = score.juror_id')
      .innerJoinAndMapOne('score.submission', SubmissionEntity, 'submission', 'submission.id = score.submission_id')
      .leftJoinAndMapOne('score.team', TeamEntity, 'team', 'team.id = submission.team_id')
      .where({ roundId: In([...new Set(roundIds)]) })
      .orderBy('score.round_id', 'ASC')
      .addOrderBy('submission.title', 'ASC')
      .addOrderBy('score.submission_id', 'ASC')
      .addOrderBy('juror.display_name', 'ASC')
      .addOrderBy('score.juror_id', 'ASC')
      .addOrderBy('score.criterion_key', 'ASC')
      .getMany()) as Joined<
      Joined<Joined<ScoreEntity, 'juror', UserEntity>, 'submission', SubmissionEntity>,
      'team',
      TeamEntity | null
    >[];
    return rows.map((row) => ({
      roundId: row.roundId,
      jurorId: row.jurorId,
      jurorName: row.juror.displayName,
      submissionId: row.submissionId,
      submissionTitle: row.submission.title,
      teamName: row.team?.name ?? '',
      criterionKey: row.criterionKey,
      value: Number(row.value),
      updatedAt: row.updatedAt,
    }));
  }

  async commentsForExport(roundIds: readonly string[]): Promise<CommentExportRow[]> {
    if (roundIds.length === 0) return [];
    const rows = (await this.manager
      .createQueryBuilder(ReviewCommentEntity, 'comment')
      .innerJoinAndMapOne('comment.juror', UserEntity, 'juror', 'juror.id = comment.juror_id')
      .where({ roundId: In([...new Set(roundIds)]) })
      .orderBy('comment.round_id', 'ASC')
      .addOrderBy('comment.submission_id', 'ASC')
      .addOrderBy('comment.juror_id', 'ASC')
      .getMany()) as Joined<ReviewCommentEntity, 'juror', UserEntity>[];
    return rows.map((row) => ({
      roundId: row.roundId,
      jurorId: row.jurorId,
      jurorName: row.juror.displayName,
      submissionId: row.submissionId,
      comment: row.comment,
      updatedAt: row.updatedAt,
    }));
  }
}
