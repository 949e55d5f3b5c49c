import type { EventDto, LeaderboardDto } from '@hackboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onMessage, onReconnect, subscribeToEvent } from '../../../lib/realtime';
import { boardsKey, EVENT_BOARD, rubricBoardKey } from '../api/get-leaderboard';

/**
 * Keeps the event's boards live while the page is open. The socket pushes the event board as the
 * caller's role may see it: it replaces the cached one unless that is as new or newer. Other boards
 * (a challenge's, a round's, pairwise and audience boards) are not pushed, so any older than the
 * pushed version are fetched again.
 */
export function useLiveBoards(event: EventDto, member: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const leave = subscribeToEvent(event.slug, member);
    const eventBoard = rubricBoardKey(event.slug, EVENT_BOARD);
    const stopSnapshots = onMessage('leaderboard.snapshot', (message) => {
      if (message.eventId !== event.id) return;
      const held = queryClient.getQueryData<LeaderboardDto>(eventBoard);
      if (held && held.version >= message.version) return;
      queryClient.setQueryData<LeaderboardDto>(eventBoard, {
        ...message.board,
        version: Math.max(message.version, message.board.version),
      });
      void queryClient.invalidateQueries({
        queryKey: boardsKey(event.slug),
        predicate: (query) => {
          if (query.queryKey[3] === 'rubric' && query.queryKey[4] === EVENT_BOARD) return false;
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
  }, [event.id, event.slug, member, queryClient]);
}
