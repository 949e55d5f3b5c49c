import { type EventDto, type LeaderboardSnapshotMessage, type MeDto, packBoard } from '@hackboard/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Call, renderApp } from '../../../testing/render-app';
import {
  board,
  challenges,
  event,
  explanation,
  loadResultsStrings,
  organizer,
  participant,
  standing,
} from '../testing/fixtures';
import { ResultsPage } from './results-page';

const pushed = vi.hoisted(() => ({
  handlers: new Map<string, (message: unknown) => void>(),
  subscriptions: [] as { slug: string; member: boolean }[],
}));

vi.mock('../../../lib/realtime', () => ({
  subscribeToEvent: (slug: string, member: boolean) => {
    pushed.subscriptions.push({ slug, member });
    return () => {};
  },
  onMessage: (name: string, handler: (message: unknown) => void) => {
    pushed.handlers.set(name, handler);
    return () => pushed.handlers.delete(name);
  },
  onReconnect: () => () => {},
}));

/** Pushes a snapshot as the socket carries it: with its board packed. */
const snapshot = (message: LeaderboardSnapshotMessage) =>
  act(() => pushed.handlers.get('leaderboard.snapshot')!({ ...message, board: packBoard(message.board) }));

const routes = (shown: EventDto) => [
  { path: '/events/:slug/results', element: <ResultsPage event={shown} challenges={challenges} /> },
];

const rowTexts = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);

function api(me: MeDto | null, answers: (call: Call) => Response | undefined) {
  return (call: Call): Response => {
    if (call.url === '/api/auth/session') return Response.json({ user: me ?? null });
    return answers(call) ?? Response.json({ code: 'NOT_FOUND', message: 'Not found.' }, { status: 404 });
  };
}

describe('the results page', () => {
  beforeAll(loadResultsStrings);
  beforeEach(() => {
    pushed.handlers.clear();
    pushed.subscriptions.length = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows shared ranks, moves rows with newer snapshots, ignores older ones and sums up the moves politely', async () => {
    renderApp(
      routes(event),
      api(participant, ({ url }) =>
        url === '/api/events/spring-hack/leaderboard'
          ? Response.json(board(4, [standing(0, 1, 8.5), standing(1, 2, 7), standing(2, 2, 7), standing(3, 4, 5)]))
          : undefined,
      ),
      '/events/spring-hack/results',
    );
    expect(await screen.findByRole('table', { name: 'Overall leaderboard' })).toBeTruthy();
    expect(rowTexts().map((text) => text!.slice(0, 1))).toEqual(['1', '2', '2', '4']);
    expect(rowTexts()[0]).toContain('Project ATeam A');
    expect(rowTexts()[0]).toContain('8.50');
    await waitFor(() => expect(pushed.subscriptions).toContainEqual({ slug: 'spring-hack', member: true }));
    const live = screen.getAllByRole('status').find((region) => region.textContent === '')!;

    // Team D overtakes everyone.
    snapshot({
      eventId: event.id,
      challengeId: null,
      version: 6,
      board: board(6, [standing(3, 1, 9.1), standing(0, 2, 8.5), standing(1, 3, 7), standing(2, 3, 7)]),
    });
    await waitFor(() => expect(rowTexts()[0]).toContain('Project D'));
    expect(screen.getAllByRole('row')[1]!.className).toContain('board-row-changed');
    await waitFor(() =>
      expect(live.textContent).toBe(
        'Leaderboard updated: Team D moved to place 1, Team A moved to place 2, Team B moved to place 3 and 1 more change.',
      ),
    );

    // A snapshot older than the one held is ignored.
    snapshot({ eventId: event.id, challengeId: null, version: 5, board: board(5, [standing(0, 1, 8.5)]) });
    expect(rowTexts()).toHaveLength(4);
    expect(rowTexts()[0]).toContain('Project D');
    // Another event's snapshot too.
    snapshot({ eventId: '00000000-0000-4000-8000-000000000000', challengeId: null, version: 9, board: board(9, []) });
    expect(rowTexts()).toHaveLength(4);
  });

  it('waits a few seconds before the next summary, then says only where projects ended up', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderApp(
      routes(event),
      api(participant, ({ url }) =>
        url === '/api/events/spring-hack/leaderboard'
          ? Response.json(board(1, [standing(0, 1, 8), standing(1, 2, 7)]))
          : undefined,
      ),
      '/events/spring-hack/results',
    );
    await screen.findByRole('table');
    const live = screen.getAllByRole('status').find((region) => region.textContent === '')!;
    snapshot({
      eventId: event.id,
      challengeId: null,
      version: 2,
      board: board(2, [standing(1, 1, 9), standing(0, 2, 8)]),
    });
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(live.textContent).toBe('Leaderboard updated: Team B moved to place 1, Team A moved to place 2.');
    // Two more updates within the quiet period: one summary afterwards.
    snapshot({
      eventId: event.id,
      challengeId: null,
      version: 3,
      board: board(3, [standing(0, 1, 9.5), standing(1, 2, 9)]),
    });
    snapshot({
      eventId: event.id,
      challengeId: null,
      version: 4,
      board: board(4, [standing(2, 1, 9.8), standing(0, 2, 9.5), standing(1, 3, 9)]),
    });
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(live.textContent).toBe('Leaderboard updated: Team B moved to place 1, Team A moved to place 2.');
    // Team A is back at the place it was announced at: only Team C and Team B are news.
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(live.textContent).toBe('Leaderboard updated: Team C moved to place 1, Team B moved to place 3.');
  });

  it('says when the organizers hide the results until they are published', async () => {
    const hidden = { ...event, leaderboardVisibility: 'organizers-until-published' } satisfies EventDto;
    renderApp(
      routes(hidden),
      api(null, ({ url }) =>
        url.startsWith('/api/events/spring-hack/leaderboard')
          ? Response.json(
              { code: 'LEADERBOARD_HIDDEN', message: 'The leaderboard is not public until the results are published.' },
              { status: 403 },
            )
          : undefined,
      ),
      '/events/spring-hack/results',
    );
    expect(await screen.findByRole('heading', { name: 'The results are not public yet' })).toBeTruthy();
    expect(screen.getByText(/The results are due to be published Sun, 24 May 2026, 18:00/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(pushed.subscriptions).toEqual([{ slug: 'spring-hack', member: false }]);
  });

  it('marks a frozen board and offers no explanations for it', async () => {
    renderApp(
      routes(event),
      api(null, ({ url }) =>
        url === '/api/events/spring-hack/leaderboard'
          ? Response.json(board(3, [standing(0, 1, 8)], { snapshot: 'frozen' }))
          : undefined,
      ),
      '/events/spring-hack/results',
    );
    expect(await screen.findByText(/These are the standings as of Fri, 22 May 2026, 12:00/)).toBeTruthy();
    expect(screen.getByText('Leaderboard frozen')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Explain/ })).toBeNull();
  });

  it('shows the winners of published results first', async () => {
    const published = { ...event, phase: 'published' } satisfies EventDto;
    renderApp(
      routes(published),
      api(null, ({ url }) =>
        url === '/api/events/spring-hack/leaderboard'
          ? Response.json(
              board(9, [standing(0, 1, 9), standing(1, 2, 8), standing(2, 2, 8), standing(3, 4, 6)], {
                snapshot: 'published',
              }),
            )
          : undefined,
      ),
      '/events/spring-hack/results',
    );
    const winners = await screen.findByRole('region', { name: 'Winners' });
    const places = within(winners)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(places).toEqual(['Place 1Project ATeam A', 'Place 2Project BTeam B', 'Place 2Project CTeam C']);
    expect(screen.getByText(/Final results, published/)).toBeTruthy();
    // Nothing moves any more: the page no longer says it is updated live.
    expect(screen.getByText("The event's final results, as published. Equal scores share a place.")).toBeTruthy();
    expect(screen.queryByText(/updated live/)).toBeNull();
  });

  it('explains a score in a dialog that closes with Escape and gives focus back', async () => {
    const { calls } = renderApp(
      routes(event),
      api(null, ({ url }) => {
        if (url === '/api/events/spring-hack/leaderboard') return Response.json(board(4, [standing(0, 1, 8.5)]));
        if (url.endsWith('/explanation')) return Response.json(explanation);
        return undefined;
      }),
      '/events/spring-hack/results',
    );
    const button = await screen.findByRole('button', { name: 'Explain the score of Project A' });
    button.focus();
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Why Project A has its score' });
    expect(calls.at(-1)!.url).toBe(
      '/api/events/spring-hack/leaderboard/submissions/11111111-1111-4111-8111-111111111111/explanation',
    );
    expect(within(dialog).getByText(/Score 8.50 on the scale 1–10, from 2 complete reviews\./)).toBeTruthy();
    expect(within(dialog).getByText(/1 review is not complete/)).toBeTruthy();
    const criteria = within(dialog).getByRole('table', { name: 'Per criterion' });
    expect(within(criteria).getAllByRole('row')[1]!.textContent).toBe('Impact66.7%9.00 (1–10)9.00');
    const jurors = within(dialog).getByRole('table', { name: /Per juror/ });
    expect(within(jurors).getByRole('rowheader', { name: 'Juror 1' })).toBeTruthy();
    expect(within(jurors).getByRole('rowheader', { name: /^Juror 2\s*\(not complete\)$/ })).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));

    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(button);
  });

  it('shows a challenge’s board and says when a challenge has none', async () => {
    const { router } = renderApp(
      routes(event),
      api(null, ({ url }) => {
        if (url === `/api/events/spring-hack/leaderboard?challengeId=${challenges[0]!.id}`) {
          return Response.json(board(4, [standing(0, 1, 8.5)], { source: 'round', challengeId: challenges[0]!.id }));
        }
        if (url === `/api/events/spring-hack/leaderboard?challengeId=${challenges[1]!.id}`) {
          return Response.json(
            { code: 'LEADERBOARD_NOT_FOUND', message: 'This event has no heat for that challenge.' },
            { status: 404 },
          );
        }
        if (url === '/api/events/spring-hack/leaderboard') return Response.json(board(4, []));
        return undefined;
      }),
      '/events/spring-hack/results',
    );
    fireEvent.click(await screen.findByRole('link', { name: 'By challenge' }));
    expect(await screen.findByRole('table', { name: 'Leaderboard for Safer routes to school' })).toBeTruthy();
    expect(router.state.location.search).toBe('?board=challenge');
    const nav = screen.getByRole('navigation', { name: 'By challenge' });
    expect(within(nav).getByRole('link', { name: 'Safer routes to school' }).getAttribute('aria-current')).toBe('page');
    fireEvent.click(within(nav).getByRole('link', { name: 'Train delays' }));
    expect(await screen.findByText('There is no leaderboard for this yet.')).toBeTruthy();
    // Rounds are listed to organizers and challenge owners only.
    expect(screen.queryByRole('link', { name: 'By round' })).toBeNull();
  });

  it('tells an organizer they see the live board and what others see', async () => {
    const hidden = { ...event, leaderboardVisibility: 'organizers-until-published' } satisfies EventDto;
    renderApp(
      routes(hidden),
      api(organizer, ({ url }) => {
        if (url === '/api/events/spring-hack/leaderboard') return Response.json(board(4, [standing(0, 1, 8.5)]));
        if (url === '/api/events/spring-hack/rounds') return Response.json([]);
        return undefined;
      }),
      '/events/spring-hack/results',
    );
    expect(
      await screen.findByText(
        'You see the live leaderboard as an organizer. Others see nothing until the results are published.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Manage results' }).getAttribute('href')).toBe(
      '/events/spring-hack/organize/results',
    );
  });
  it('shows a pairwise round’s CrowdBT ranking for an event judged in pairs', async () => {
    const pairwise = { ...event, judgingMode: 'pairwise' } satisfies EventDto;
    const roundId = '99999999-9999-4999-8999-999999999999';
    renderApp(
      routes(pairwise),
      api(null, ({ url }) => {
        if (url === '/api/events/spring-hack/leaderboard') {
          return Response.json(board(2, [], { roundId, source: 'final' }));
        }
        if (url === `/api/events/spring-hack/rounds/${roundId}/pairwise/leaderboard`) {
          return Response.json({
            roundId,
            roundName: 'Final',
            method: 'crowd-bt',
            votes: 3,
            snapshot: null,
            standings: [
              {
                rank: 1,
                submissionId: standing(1, 1, 1).submissionId,
                title: 'Project B',
                teamName: 'Team B',
                mu: 1.2345,
                sigma: 0.4,
                comparisons: 3,
              },
              {
                rank: null,
                submissionId: standing(0, 1, 1).submissionId,
                title: 'Project A',
                teamName: 'Team A',
                mu: 0,
                sigma: 1,
                comparisons: 0,
              },
            ],
          });
        }
        return undefined;
      }),
      '/events/spring-hack/results',
    );
    const table = await screen.findByRole('table', { name: 'Overall leaderboard' });
    expect(within(table).getByRole('columnheader', { name: 'Strength' })).toBeTruthy();
    expect(rowTexts()).toEqual(['1Project BTeam B1.233', '–Not ranked yetProject ATeam ANo score yet0']);
    expect(screen.queryByRole('button', { name: /Explain/ })).toBeNull();
  });
});
