import type { AudienceBoardDto, AudienceVoteDto, MeDto } from '@hackboard/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Call, renderApp } from '../../../testing/render-app';
import { challenges, event, loadResultsStrings, participant } from '../testing/fixtures';
import { ResultsPage } from './results-page';

vi.mock('../../../lib/realtime', () => ({
  subscribeToEvent: () => () => {},
  onMessage: () => () => {},
  onReconnect: () => () => {},
}));

const [safer, trains] = challenges as [(typeof challenges)[0], (typeof challenges)[0]];
const projectA = '11111111-1111-4111-8111-111111111111';
const projectC = '33333333-3333-4333-8333-333333333333';

const audienceBoard: AudienceBoardDto = {
  challengeId: null,
  totalVotes: 3,
  snapshot: null,
  standings: [
    {
      rank: 1,
      submissionId: projectA,
      title: 'Project A',
      teamName: 'Team A',
      challenge: { id: safer.id, title: safer.title },
      votes: 2,
    },
    {
      rank: 2,
      submissionId: projectC,
      title: 'Project C',
      teamName: 'Team C',
      challenge: { id: safer.id, title: safer.title },
      votes: 1,
    },
  ],
};

const routes = [{ path: '/events/:slug/results', element: <ResultsPage event={event} challenges={challenges} /> }];

function api(me: MeDto | null, vote: { current: string | null }) {
  return ({ url, method, body }: Call): Response => {
    if (url === '/api/auth/session') return Response.json({ user: me ?? null });
    if (url.startsWith('/api/events/spring-hack/audience-board')) return Response.json(audienceBoard);
    if (url === `/api/events/spring-hack/challenges/${safer.id}/audience-vote`) {
      if (method === 'PUT') {
        const { submissionId } = body as { submissionId: string };
        if (submissionId === projectC) {
          return Response.json(
            {
              code: 'OWN_TEAM',
              message: 'You cannot vote for your own team’s project.',
              fields: { submissionId: 'is your own team’s project' },
            },
            { status: 403 },
          );
        }
        vote.current = submissionId;
      }
      if (method === 'DELETE') {
        vote.current = null;
        return new Response(null, { status: 204 });
      }
      return Response.json({
        challengeId: safer.id,
        submissionId: vote.current,
        updatedAt: vote.current ? '2026-05-22T10:00:00.000Z' : null,
      } satisfies AudienceVoteDto);
    }
    return Response.json({ code: 'NOT_FOUND', message: 'Not found.' }, { status: 404 });
  };
}

describe('the audience vote on the results page', () => {
  beforeAll(loadResultsStrings);
  afterEach(() => vi.unstubAllGlobals());

  it('lets a participant vote, shows the API’s refusal for their own team, and withdraw the vote', async () => {
    const vote = { current: null as string | null };
    const { calls } = renderApp(routes, api(participant, vote), '/events/spring-hack/results?board=audience');
    const table = await screen.findByRole('table', { name: 'Audience vote, all challenges' });
    expect(screen.getByText('3 votes in all.')).toBeTruthy();
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Safer routes to school');

    fireEvent.click(await screen.findByRole('button', { name: 'Vote for Project A' }));
    expect(await screen.findByRole('button', { name: 'Withdraw your vote for Project A' })).toBeTruthy();
    expect(calls.find((call) => call.method === 'PUT')!.body).toEqual({ submissionId: projectA });
    expect(screen.getByText('Your vote')).toBeTruthy();

    // Another project of the same challenge would replace the vote; the API refuses the user's own team.
    fireEvent.click(screen.getByRole('button', { name: 'Vote for Project C instead' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('You cannot vote for your own team’s project.');
    expect(screen.getByRole('button', { name: 'Vote for Project C instead' }).getAttribute('aria-describedby')).toBe(
      alert.id,
    );
    expect(vote.current).toBe(projectA);

    fireEvent.click(screen.getByRole('button', { name: 'Withdraw your vote for Project A' }));
    expect(await screen.findByRole('button', { name: 'Vote for Project A' })).toBeTruthy();
    expect(calls.filter((call) => call.method === 'DELETE')).toHaveLength(1);
  });

  it('shows the votes of one challenge and asks visitors to sign in to vote', async () => {
    const { calls } = renderApp(routes, api(null, { current: null }), '/events/spring-hack/results?board=audience');
    await screen.findByRole('table');
    const link = screen.getByRole('link', { name: 'Sign in to vote' });
    expect(link.getAttribute('href')).toBe(
      `/sign-in?next=${encodeURIComponent('/events/spring-hack/results?board=audience')}`,
    );
    expect(screen.queryByRole('button', { name: /Vote for/ })).toBeNull();

    fireEvent.click(screen.getByRole('link', { name: trains.title }));
    await screen.findByRole('table', { name: `Audience vote for ${trains.title}` });
    await waitFor(() =>
      expect(calls.at(-1)!.url).toBe(`/api/events/spring-hack/audience-board?challengeId=${trains.id}`),
    );
    expect(calls.some((call) => call.url.includes('/audience-vote'))).toBe(false);
  });

  it('says there are no votes yet instead of rows of dashes', async () => {
    const empty: AudienceBoardDto = {
      ...audienceBoard,
      totalVotes: 0,
      standings: audienceBoard.standings.map((standing) => ({ ...standing, rank: 1, votes: 0 })),
    };
    renderApp(
      routes,
      ({ url }) =>
        url === '/api/auth/session'
          ? Response.json({ user: null })
          : url.startsWith('/api/events/spring-hack/audience-board')
            ? Response.json(empty)
            : Response.json({ code: 'NOT_FOUND', message: 'Not found.' }, { status: 404 }),
      '/events/spring-hack/results?board=audience',
    );
    await screen.findByText('No votes yet: the board fills as the audience votes.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('is not offered while voting is closed', async () => {
    const closed = { ...event, phase: 'closed' as const };
    renderApp(
      [{ path: '/events/:slug/results', element: <ResultsPage event={closed} challenges={challenges} /> }],
      api(participant, { current: null }),
      '/events/spring-hack/results?board=audience',
    );
    await screen.findByRole('table');
    expect(screen.getByText('The audience vote is closed.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Vote for/ })).toBeNull();
  });
});
