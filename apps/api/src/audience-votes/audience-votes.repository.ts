import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { EntityManager, Repository } from 'typeorm';
import { SubmissionEntity } from '../submissions/submission.entity.js';
import { AudienceVoteEntity } from './audience-vote.entity.js';

/**
 * Audience votes, plus read-only lookups of submitted projects (until the submissions service
 * offers them); nothing here writes to another feature's tables.
 */
@Injectable()
export class AudienceVotesRepository {
  constructor(@InjectRepository(AudienceVoteEntity) private readonly votes: Repository<AudienceVoteEntity>) {}

  findVote(challengeId: string, userId: string, manager = this.votes.manager): Promise<AudienceVoteEntity | null> {
    return manager.findOne(AudienceVoteEntity, { where: { challengeId, userId } });
  }

  /**
   * The user's vote in the challenge becomes `submissionId`: one INSERT … ON CONFLICT on the
   * (challenge, user) key, so concurrent votes by the same person leave exactly one row.
   */
  async upsert(manager: EntityManager, vote: Omit<AudienceVoteEntity, 'id'>): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(AudienceVoteEntity)
      .values({ id: randomUUID(), ...vote })
      .orUpdate(['submission_id', 'updated_at'], ['challenge_id', 'user_id'])
      .execute();
  }

  /** Removes the user's vote in the challenge; true when there was one. */
  async remove(manager: EntityManager, challengeId: string, userId: string): Promise<boolean> {
    const result = await manager.delete(AudienceVoteEntity, { challengeId, userId });
    return (result.affected ?? 0) > 0;
  }

  /** Votes per submission in the event (or one challenge); who cast them is never read. */
  async counts(eventId: string, challengeId?: string): Promise<Map<string, number>> {
    const query = this.votes
      .createQueryBuilder('vote')
      .select('vote.submission_id', 'submissionId')
      .addSelect('COUNT(*)', 'votes')
      .where('vote.event_id = :eventId', { eventId });
    if (challengeId) query.andWhere('vote.challenge_id = :challengeId', { challengeId });
    const rows = await query
      .groupBy('vote.submission_id')
      .getRawMany<{ submissionId: string; votes: string | number }>();
    return new Map(rows.map((row) => [row.submissionId, Number(row.votes)]));
  }

  // ---- Submissions (read-only) --------------------------------------------------------------

  findSubmission(eventId: string, id: string): Promise<SubmissionEntity | null> {
    return this.votes.manager.findOne(SubmissionEntity, { where: { eventId, id } });
  }

  submitted(eventId: string, challengeId?: string): Promise<SubmissionEntity[]> {
    return this.votes.manager.find(SubmissionEntity, {
      where: { eventId, status: 'submitted', ...(challengeId ? { challengeId } : {}) },
    });
  }
}
