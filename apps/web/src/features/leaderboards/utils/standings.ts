import type { AudienceBoardDto, LeaderboardDto, PairwiseLeaderboardDto } from '@hackboard/contracts';

/** One line of any board (rubric, pairwise or audience vote), as the tables and the big screen show it. */
export interface BoardRow {
  submissionId: string;
  /** Shared ranks (1, 2, 2, 4); null while the project has nothing that counts yet. */
  rank: number | null;
  title: string;
  teamName: string;
  /** What the board ranks by: a score on the scale, a CrowdBT strength, or a number of votes. */
  value: number | null;
  /** Complete reviews, comparisons or votes behind the value. */
  count: number;
  /** Rubric boards only: reviews started but not complete. */
  pending?: number;
  challengeTitle?: string;
  challengeId?: string | null;
}

export type BoardKind = 'rubric' | 'pairwise' | 'audience';

export function rubricRows(board: LeaderboardDto): BoardRow[] {
  return board.standings.map((standing) => ({
    submissionId: standing.submissionId,
    rank: standing.rank,
    title: standing.title,
    teamName: standing.teamName,
    value: standing.score,
    count: standing.reviews,
    pending: standing.incompleteReviews,
    challengeId: standing.challengeId,
  }));
}

export function pairwiseRows(board: PairwiseLeaderboardDto): BoardRow[] {
  return board.standings.map((standing) => ({
    submissionId: standing.submissionId,
    rank: standing.rank,
    title: standing.title,
    teamName: standing.teamName,
    value: standing.rank === null ? null : standing.mu,
    count: standing.comparisons,
  }));
}

export function audienceRows(board: AudienceBoardDto): BoardRow[] {
  return board.standings.map((standing) => ({
    submissionId: standing.submissionId,
    rank: standing.rank,
    title: standing.title,
    teamName: standing.teamName,
    value: standing.votes,
    count: standing.votes,
    challengeTitle: standing.challenge.title,
    challengeId: standing.challenge.id,
  }));
}

/** A project whose place on the board changed between two versions of it. */
export interface RankChange {
  submissionId: string;
  teamName: string;
  title: string;
  from: number | null;
  to: number | null;
}

/** Which projects moved to another place, in the new board's order. */
export function rankChanges(previous: readonly BoardRow[], next: readonly BoardRow[]): RankChange[] {
  const before = new Map(previous.map((row) => [row.submissionId, row]));
  const changes: RankChange[] = [];
  for (const row of next) {
    const old = before.get(row.submissionId);
    const from = old ? old.rank : null;
    if (from !== row.rank && row.rank !== null) {
      changes.push({ submissionId: row.submissionId, teamName: row.teamName, title: row.title, from, to: row.rank });
    }
  }
  return changes;
}

/** The rows whose place or value differ from the previous board (new rows included): they are highlighted. */
export function changedRows(previous: readonly BoardRow[], next: readonly BoardRow[]): Set<string> {
  const before = new Map(previous.map((row) => [row.submissionId, row]));
  const changed = new Set<string>();
  for (const row of next) {
    const old = before.get(row.submissionId);
    if (!old || old.rank !== row.rank || old.value !== row.value || old.count !== row.count) {
      changed.add(row.submissionId);
    }
  }
  return changed;
}

/** The ranked projects from last place to first, the order a reveal shows them in. */
export function revealOrder(rows: readonly BoardRow[]): BoardRow[] {
  return rows.filter((row) => row.rank !== null).reverse();
}

/** The projects on the podium: every ranked project placed third or better (ties included). */
export function podium(rows: readonly BoardRow[]): BoardRow[] {
  return rows.filter((row) => row.rank !== null && row.rank <= 3);
}
