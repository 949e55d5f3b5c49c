import type { LeaderboardDto, LeaderboardStandingDto } from './leaderboards.js';

/**
 * Decimals a packed score keeps. The interface shows two; ranks are computed on the server from
 * full-precision scores before packing, so the rounding never changes them.
 */
export const PACKED_SCORE_DECIMALS = 4;

/**
 * One standing as a tuple, in this order. `challengeIndex` points into the board's `challengeIds`
 * (-1: no challenge); `score` is rounded to `PACKED_SCORE_DECIMALS`. Every other value is the
 * standing's field of the same name.
 */
export type PackedStanding = [
  rank: number | null,
  submissionId: string,
  title: string,
  teamName: string,
  challengeIndex: number,
  score: number | null,
  reviews: number,
  incompleteReviews: number,
];

/**
 * A leaderboard in fewer bytes, for the socket: the header fields of `LeaderboardDto` as they are,
 * and the standings as tuples without key names, each challenge id written once. A 50-standing
 * board takes under half the JSON of the full board.
 */
export type PackedBoard = Omit<LeaderboardDto, 'standings'> & {
  /** The distinct challenge ids of the standings, in order of first appearance. */
  challengeIds: string[];
  rows: PackedStanding[];
};

const scoreFactor = 10 ** PACKED_SCORE_DECIMALS;

/** A score as a packed board carries it. */
export function packedScore(score: number): number {
  return Math.round(score * scoreFactor) / scoreFactor;
}

export function packBoard(board: LeaderboardDto): PackedBoard {
  const { standings, ...header } = board;
  const challengeIds: string[] = [];
  const challengeIndexes = new Map<string, number>();
  const indexOf = (challengeId: string | null): number => {
    if (challengeId === null) return -1;
    let index = challengeIndexes.get(challengeId);
    if (index === undefined) {
      index = challengeIds.push(challengeId) - 1;
      challengeIndexes.set(challengeId, index);
    }
    return index;
  };
  const rows = standings.map((standing): PackedStanding => [
    standing.rank,
    standing.submissionId,
    standing.title,
    standing.teamName,
    indexOf(standing.challengeId),
    standing.score === null ? null : packedScore(standing.score),
    standing.reviews,
    standing.incompleteReviews,
  ]);
  return { ...header, challengeIds, rows };
}

export function unpackBoard(packed: PackedBoard): LeaderboardDto {
  const { challengeIds, rows, ...header } = packed;
  const standings = rows.map(
    ([
      rank,
      submissionId,
      title,
      teamName,
      challengeIndex,
      score,
      reviews,
      incompleteReviews,
    ]): LeaderboardStandingDto => ({
      rank,
      submissionId,
      title,
      teamName,
      challengeId: challengeIndex < 0 ? null : challengeIds[challengeIndex],
      score,
      reviews,
      incompleteReviews,
    }),
  );
  return { ...header, standings };
}
