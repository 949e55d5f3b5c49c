import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, MoreThan, Not, QueryFailedError, type Repository } from 'typeorm';
import { PairwiseExclusionEntity } from './pairwise-exclusion.entity.js';
import { PairwiseVoteEntity } from './pairwise-vote.entity.js';

/** Pairwise votes, skips and excluded jurors. Rounds, panels, entries and conflicts come from JudgingService. */
@Injectable()
export class PairwiseRepository {
  constructor(
    @InjectRepository(PairwiseVoteEntity) private readonly votes: Repository<PairwiseVoteEntity>,
    @InjectRepository(PairwiseExclusionEntity) private readonly exclusions: Repository<PairwiseExclusionEntity>,
  ) {}

  /** The jurors whose votes are kept out of the round's board. */
  async excludedJurors(roundId: string): Promise<string[]> {
    const rows = await this.exclusions.find({ where: { roundId }, order: { jurorId: 'ASC' } });
    return rows.map((row) => row.jurorId);
  }

  /** Stores an exclusion; false when the juror was already excluded. */
  async exclude(manager: EntityManager, record: Omit<PairwiseExclusionEntity, 'id'>): Promise<boolean> {
    const existing = await manager.findOneBy(PairwiseExclusionEntity, {
      roundId: record.roundId,
      jurorId: record.jurorId,
    });
    if (existing) return false;
    await manager.save(PairwiseExclusionEntity, manager.create(PairwiseExclusionEntity, record));
    return true;
  }

  /** Removes an exclusion; false when there was none. */
  async include(manager: EntityManager, roundId: string, jurorId: string): Promise<boolean> {
    const result = await manager.delete(PairwiseExclusionEntity, { roundId, jurorId });
    return (result.affected ?? 0) > 0;
  }

  /** Whether the juror voted (not only skipped) in the round. */
  async hasVoted(roundId: string, jurorId: string): Promise<boolean> {
    return (await this.votesBy(roundId, jurorId)) > 0;
  }

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
