import { type EventDto, type LeaderboardDto, unpackBoard } from '@hackboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onMessage, onReconnect, subscribeToEvent } from '../../../lib/realtime';
import { type BoardScope, boardsKey, EVENT_BOARD, rubricBoardKey } from '../api/get-leaderboard';

/**
 * Keeps the event's boards live while the page is open. The socket pushes the event board as the
 * caller's role may see it, and with `challengeId` that challenge's board too: a pushed board
 * replaces the cached one unless that is as new or newer. Other boards (other challenges', rounds',
 * pairwise and audience boards) are not pushed, so any older than the pushed version are fetched again.
 */
export function useLiveBoards(event: EventDto, member: boolean, challengeId?: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const leave = subscribeToEvent(event.slug, member, challengeId);
    // The boards the socket pushes are kept up to date by the pushes, not fetched again.
    const isPushed = (scope: unknown) => {
      const board = scope as BoardScope | undefined;
      return board?.kind === 'event' || (board?.kind === 'challenge' && !!challengeId && board.id === challengeId);
    };
    const stopSnapshots = onMessage('leaderboard.snapshot', (message) => {
      if (message.eventId !== event.id) return;
      const scope: BoardScope = message.challengeId ? { kind: 'challenge', id: message.challengeId } : EVENT_BOARD;
      const key = rubricBoardKey(event.slug, scope);
      const held = queryClient.getQueryData<LeaderboardDto>(key);
      if (held && held.version >= message.version) return;
      // The socket carries the board packed; the cache holds it as the REST endpoint answers it.
      const board = unpackBoard(message.board);
      queryClient.setQueryData<LeaderboardDto>(key, { ...board, version: Math.max(message.version, board.version) });
      void queryClient.invalidateQueries({
        queryKey: boardsKey(event.slug),
        predicate: (query) => {
          if (query.queryKey[3] === 'rubric' && isPushed(query.queryKey[4])) return false;
          const data = query.state.data as { version?: number } | undefined;
          return typeof data?.version !== 'number' || data.version < message.version;
        },
      });
    });
    // Results published or judging over: the visibility and the winners' display follow the phase.
    const stopPhase = onMessage('phase.changed', (message) => {
      if (message.eventId !== event.id) return;
      void queryClient.invalidateQueries({ queryKey: ['events', event.slug], exact: true });
      void queryClient.invalidateQueries({ queryKey: boardsKey(event.slug) });
    });
    // A reconnected socket is sent the newest event board; the other boards are fetched again.
    const stopReconnect = onReconnect(() => void queryClient.invalidateQueries({ queryKey: boardsKey(event.slug) }));
    return () => {
      stopSnapshots();
      stopPhase();
      stopReconnect();
      leave();
    };
  }, [event.id, event.slug, member, challengeId, queryClient]);
}
