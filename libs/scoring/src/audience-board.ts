import type { SubmissionRef } from './leaderboard.js';
import { rankStandings } from './ranking.js';
import { ScoringError } from './scoring-error.js';

export interface AudienceStanding {
  /** Standard competition rank by votes; null for a submission without votes. */
  readonly rank: number | null;
  readonly submissionId: string;
  readonly challengeId: string | null;
  readonly votes: number;
  readonly submittedAt: number;
}

export interface AudienceBoard {
  /** null for the whole event. */
  readonly challengeId: string | null;
  readonly standings: readonly AudienceStanding[];
}

/**
 * The audience-vote board: submissions ranked by vote count with the rubric board's rules (equal
 * counts share a rank; ties listed by earlier submission, then id). Submissions without a vote are
 * listed last, unranked. `votes` maps submission id to its count (counting who may vote is the
 * caller's job). O(n log n).
 */
export function audienceBoard(
  submissions: Iterable<SubmissionRef>,
  votes: ReadonlyMap<string, number> | Readonly<Record<string, number>>,
  options: { readonly challengeId?: string | null } = {},
): AudienceBoard {
  const challengeId = options.challengeId ?? null;
  const counts: ReadonlyMap<string, number> = votes instanceof Map ? votes : new Map(Object.entries(votes));
  const known = new Set<string>();
  const entries: Array<Omit<AudienceStanding, 'rank'> & { score: number | null; reviews: number }> = [];
  for (const submission of submissions) {
    known.add(submission.id);
    const submissionChallenge = submission.challengeId ?? null;
    if (challengeId !== null && submissionChallenge !== challengeId) continue;
    const count = counts.get(submission.id) ?? 0;
    entries.push({
      submissionId: submission.id,
      challengeId: submissionChallenge,
      votes: count,
      submittedAt: submission.submittedAt,
      score: count > 0 ? count : null,
      reviews: count,
    });
  }
  for (const [submissionId, count] of counts) {
    if (!known.has(submissionId)) throw new ScoringError('UNKNOWN_SUBMISSION', `No submission "${submissionId}".`);
    if (!Number.isInteger(count) || count < 0) {
      throw new ScoringError('INVALID_VOTES', `The vote count of "${submissionId}" must be a whole number ≥ 0.`);
    }
  }
  return {
    challengeId,
    standings: rankStandings(entries).map(({ rank, submissionId, challengeId: cid, votes: count, submittedAt }) => ({
      rank,
      submissionId,
      challengeId: cid,
      votes: count,
      submittedAt,
    })),
  };
}
