import type { ChallengeDto, EventDto, LeaderboardDto } from '@hackboard/contracts';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { audienceBoardQuery } from '../api/get-audience-board';
import { type BoardScope, EVENT_BOARD, leaderboardQuery } from '../api/get-leaderboard';
import { pairwiseLeaderboardQuery } from '../api/get-pairwise-leaderboard';
import { refusalOf, type Refusal } from '../components/board-notices';
import { audienceRows, type BoardKind, type BoardRow, pairwiseRows, rubricRows } from '../utils/standings';

/** One board the big screen can show. */
export interface ScreenBoard {
  key: string;
  /** The challenge's title; null for the overall board and the audience vote. */
  challenge: string | null;
  kind: BoardKind;
  rows: BoardRow[];
  snapshot: LeaderboardDto['snapshot'];
}

/**
 * Every board of the event the viewer may see, for the big screen: the overall board, each
 * challenge's, and the audience vote. Boards the event does not have are left out; `refusal` says
 * why nothing can be shown when the API hides the results.
 */
export function useScreenBoards(event: EventDto, challenges: readonly ChallengeDto[]) {
  const queryClient = useQueryClient();
  const scopes: { key: string; challenge: string | null; scope: BoardScope }[] = [
    { key: 'overall', challenge: null, scope: EVENT_BOARD },
    ...challenges.map((challenge) => ({
      key: challenge.id,
      challenge: challenge.title,
      scope: { kind: 'challenge', id: challenge.id } as const,
    })),
  ];
  const rubric = useQueries({ queries: scopes.map(({ scope }) => leaderboardQuery(queryClient, event.slug, scope)) });
  const pairwise = event.judgingMode === 'pairwise';
  const pairwiseBoards = useQueries({
    queries: rubric.map((board, index) => ({
      // A board without a round has no pairwise ranking: a key of its own keeps the queries apart.
      ...pairwiseLeaderboardQuery(event.slug, board.data?.roundId ?? `none-${index}`),
      enabled: pairwise && !!board.data?.roundId,
    })),
  });
  const audience = useQuery({ ...audienceBoardQuery(event.slug, null), enabled: event.audienceVote });

  const boards: ScreenBoard[] = [];
  scopes.forEach(({ key, challenge }, index) => {
    const board = rubric[index]!.data;
    if (!board) return;
    if (pairwise) {
      const ranking = pairwiseBoards[index]!.data;
      if (ranking)
        boards.push({ key, challenge, kind: 'pairwise', rows: pairwiseRows(ranking), snapshot: ranking.snapshot });
    } else if (board.standings.length > 0 || key === 'overall') {
      boards.push({ key, challenge, kind: 'rubric', rows: rubricRows(board), snapshot: board.snapshot });
    }
  });
  const audienceBoard = audience.data;
  if (audienceBoard && audienceBoard.standings.length > 0) {
    boards.push({
      key: 'audience',
      challenge: null,
      kind: 'audience',
      rows: audienceRows(audienceBoard),
      snapshot: audienceBoard.snapshot,
    });
  }

  const refusal: Refusal | null = refusalOf(rubric[0]!.error);
  const pending = rubric[0]!.isPending;
  const failed = !refusal && rubric[0]!.isError ? rubric[0]!.error : null;
  // The rows arrays are new on each render; a board's identity is its content.
  const signature = JSON.stringify(boards);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stable = useMemo(() => boards, [signature]);
  return { boards: stable, refusal, pending, failed, retry: () => void rubric[0]!.refetch() };
}
