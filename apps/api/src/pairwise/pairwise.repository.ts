import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, MoreThan, Not, QueryFailedError, type Repository } from 'typeorm';
import { PairwiseVoteEntity } from './pairwise-vote.entity.js';

/** Pairwise votes and skips. Rounds, panels, entries and conflicts come from JudgingService. */
@Injectable()
export class PairwiseRepository {
  constructor(@InjectRepository(PairwiseVoteEntity) private readonly votes: Repository<PairwiseVoteEntity>) {}

  /** The round's records after `sequence`, in sequence order: what a model still has to apply. */
  recordsAfter(roundId: string, sequence: number): Promise<PairwiseVoteEntity[]> {
    return this.votes.find({ where: { roundId, sequence: MoreThan(sequence) }, order: { sequence: 'ASC' } });
  }

  /** How many pairs a juror has judged in a round (votes; skips not counted). */
  votesBy(roundId: string, jurorId: string): Promise<number> {
    return this.votes.count({ where: { roundId, jurorId, winnerId: Not(IsNull()) } });
  }

  async maxSequence(manager: EntityManager, roundId: string): Promise<number> {
    const row = await manager
      .createQueryBuilder(PairwiseVoteEntity, 'vote')
      .select('MAX(vote.sequence)', 'max')
      .where('vote.round_id = :roundId', { roundId })
      .getRawOne<{ max: number | string | null }>();
    return Number(row?.max ?? 0);
  }

  insert(manager: EntityManager, record: Omit<PairwiseVoteEntity, 'id'>): Promise<PairwiseVoteEntity> {
    return manager.save(PairwiseVoteEntity, manager.create(PairwiseVoteEntity, record));
  }
}

/** True when a write broke the one-record-per-sequence key of a round: another record took that number. */
export function isSequenceTaken(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const cause = error.driverError as { code?: string; constraint?: string; message?: string };
  if (cause.code === '23505') return cause.constraint === 'pairwise_votes_sequence';
  return (
    typeof cause.code === 'string' &&
    cause.code.startsWith('SQLITE_CONSTRAINT') &&
    /pairwise_votes\.round_id, pairwise_votes\.sequence/.test(cause.message ?? '')
  );
}
