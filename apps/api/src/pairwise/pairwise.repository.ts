import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, MoreThan, QueryFailedError, type Repository } from 'typeorm';
import { ConflictEntity } from '../judging/conflict.entity.js';
import { PanelMemberEntity } from '../judging/panel-member.entity.js';
import { RoundEntryEntity } from '../judging/round-entry.entity.js';
import { RoundEntity } from '../judging/round.entity.js';
import { SubmissionEntity } from '../submissions/submission.entity.js';
import { PairwiseVoteEntity } from './pairwise-vote.entity.js';

/**
 * Pairwise votes and skips, plus read-only lookups of what judging setup and submissions own.
 * Those lookups (round, entries, panel, conflicts, submitted projects) stand in until the judging
 * and submissions services offer them; nothing here writes to another feature's tables.
 */
@Injectable()
export class PairwiseRepository {
  constructor(@InjectRepository(PairwiseVoteEntity) private readonly votes: Repository<PairwiseVoteEntity>) {}

  private get manager(): EntityManager {
    return this.votes.manager;
  }

  // ---- Judging setup (read-only) ------------------------------------------------------------

  /** By event and id together, so a round of another event is simply not found. */
  findRound(eventId: string, roundId: string): Promise<RoundEntity | null> {
    return this.manager.findOne(RoundEntity, { where: { eventId, id: roundId } });
  }

  async entryIds(roundId: string): Promise<string[]> {
    const rows = await this.manager.find(RoundEntryEntity, { where: { roundId } });
    return rows.map((row) => row.submissionId);
  }

  isOnPanel(roundId: string, userId: string): Promise<boolean> {
    return this.manager.exists(PanelMemberEntity, { where: { roundId, userId } });
  }

  async panelUserIds(roundId: string): Promise<string[]> {
    const rows = await this.manager.find(PanelMemberEntity, { where: { roundId } });
    return rows.map((row) => row.userId);
  }

  /** The submissions this juror declared a conflict of interest with, in this event. */
  async conflictedSubmissionIds(eventId: string, jurorId: string): Promise<string[]> {
    const rows = await this.manager.find(ConflictEntity, { where: { eventId, jurorId } });
    return rows.map((row) => row.submissionId);
  }

  // ---- Submissions (read-only) --------------------------------------------------------------

  /** Those of `ids` that are submitted projects of this event. */
  submittedInEvent(eventId: string, ids: string[]): Promise<SubmissionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.find(SubmissionEntity, {
      where: { eventId, id: In([...new Set(ids)]), status: 'submitted' },
    });
  }

  // ---- Votes and skips ----------------------------------------------------------------------

  /** The round's records after `sequence`, in sequence order: what a model still has to apply. */
  recordsAfter(roundId: string, sequence: number): Promise<PairwiseVoteEntity[]> {
    return this.votes.find({ where: { roundId, sequence: MoreThan(sequence) }, order: { sequence: 'ASC' } });
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
