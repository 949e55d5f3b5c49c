import type { PhaseChangedMessage } from '@hackboard/contracts';
import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { renderApp } from '../../../testing/render-app';
import { event, juryWork, loadJuryStrings, roundId, submissionIds } from '../testing/jury-fixtures';
import { JuryQueuePage } from './jury-queue-page';

// The page listens for phase changes through the app's one socket; here the test plays the server.
const realtime = vi.hoisted(() => ({
  phaseHandlers: new Set<(message: PhaseChangedMessage) => void>(),
  subscribed: [] as string[],
}));
vi.mock('../../../lib/realtime', () => ({
  subscribeToEvent: (slug: string) => {
    realtime.subscribed.push(slug);
    return () => {};
  },
  onMessage: (name: string, handler: (message: PhaseChangedMessage) => void) => {
    if (name === 'phase.changed') realtime.phaseHandlers.add(handler);
    return () => realtime.phaseHandlers.delete(handler);
  },
  onReconnect: () => () => {},
}));

const routes = [{ path: '/events/:slug/jury', element: <JuryQueuePage event={event} /> }];
const at = `/events/${event.slug}/jury`;

describe('the jury queue', () => {
  beforeAll(loadJuryStrings);
  afterEach(() => {
    vi.unstubAllGlobals();
    act(() => setLanguage('en'));
  });

  it('lists the juror’s rounds with progress, each project’s state and a link to score it', async () => {
    renderApp(routes, () => Response.json(juryWork()), at);
    const round = await screen.findByRole('region', { name: 'Heat: Safer routes' });
    expect(within(round).getByText('Scored 1 of 3')).toBeTruthy();
    const progress = within(round).getByRole('progressbar', { name: 'Scored 1 of 3' }) as HTMLProgressElement;
    expect([progress.value, progress.max]).toEqual([1, 3]);
    const link = within(round).getByRole('link', { name: 'Bussen i tid' });
    expect(link.getAttribute('href')).toBe(
      `/events/${event.slug}/jury/rounds/${roundId}/submissions/${submissionIds[1]}`,
    );
    const items = within(round).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/Trygga skolvägen.*Team Skolvägen.*Complete.*2 of 2 criteria scored/),
      expect.stringMatching(/Bussen i tid.*Team Linje 4.*Not started.*0 of 2 criteria scored/),
      expect.stringMatching(/Grönare parker.*Team Parkgänget.*Incomplete.*1 of 2 criteria scored/),
    ]);
    expect(screen.getByText(/Judging is open: you can save scores until/)).toBeTruthy();
  });

  it('says once that a round is all scored: not again on Back', async () => {
    const { router } = renderApp(
      [...routes, { path: '/elsewhere', element: <h1>Elsewhere</h1> }],
      () => Response.json(juryWork()),
      '/elsewhere',
    );
    await act(() => router.navigate(at, { state: { allScored: 'Heat: Safer routes' } }));
    const thanks = 'Every project assigned to you in “Heat: Safer routes” is scored. Thank you!';
    expect(await screen.findByText(thanks)).toBeTruthy();
    await vi.waitFor(() => expect(router.state.location.state).toBeNull());
    expect(screen.getByText(thanks)).toBeTruthy();

    await act(() => router.navigate('/elsewhere'));
    await act(() => router.navigate(-1));
    await screen.findByRole('region', { name: 'Heat: Safer routes' });
    expect(router.state.location.pathname).toBe(at);
    expect(screen.queryByText(thanks)).toBeNull();
  });

  it('says judging has not opened, with the phase, and that nothing is assigned yet', async () => {
    const upcoming = { ...event, phase: 'hacking' as const };
    renderApp(
      [{ path: '/events/:slug/jury', element: <JuryQueuePage event={upcoming} /> }],
      () => Response.json(juryWork({ judgingOpen: false, rounds: [] })),
      at,
    );
    expect(await screen.findByText('Scores cannot be saved now: the event is in the phase “Hacking”.')).toBeTruthy();
    expect(screen.getByText(/You have no projects to judge yet/)).toBeTruthy();
  });

  it('shows a locked round as locked, and in Swedish', async () => {
    renderApp(routes, () => Response.json(juryWork({}, '2026-05-22T10:00:00.000Z')), at);
    act(() => setLanguage('sv'));
    const round = await screen.findByRole('region', { name: 'Heat: Safer routes' });
    expect(within(round).getByText('Låst')).toBeTruthy();
    expect(within(round).getByText('Omgången är låst: poängen ändras inte längre.')).toBeTruthy();
    expect(within(round).getByText('1 av 3 bedömda')).toBeTruthy();
  });

  it('offers the comparison screen per round in a pairwise event', async () => {
    const pairwise = { ...event, judgingMode: 'pairwise' as const };
    const work = juryWork();
    renderApp(
      [{ path: '/events/:slug/jury', element: <JuryQueuePage event={pairwise} /> }],
      () => Response.json({ ...work, rounds: work.rounds.map((round) => ({ ...round, assignments: [] })) }),
      at,
    );
    const link = await screen.findByRole('link', { name: 'Compare projects – Heat: Safer routes' });
    expect(link.getAttribute('href')).toBe(`/events/${event.slug}/jury/rounds/${roundId}/compare`);
  });

  it('tells someone who is not a juror so', async () => {
    renderApp(
      routes,
      () => Response.json({ code: 'FORBIDDEN', message: 'Your role does not allow this.' }, { status: 403 }),
      at,
    );
    expect(await screen.findByText(/You are not on this event's jury/)).toBeTruthy();
  });

  it('fetches the work again when the organizers open judging, live', async () => {
    let open = false;
    const { calls } = renderApp(routes, () => Response.json(juryWork({ judgingOpen: open })), at);
    expect(await screen.findByText(/Scores cannot be saved now/)).toBeTruthy();
    expect(realtime.subscribed).toContain(event.slug);
    open = true;
    act(() => {
      for (const handler of realtime.phaseHandlers)
        handler({ eventId: event.id, phase: 'judging', at: new Date().toISOString() });
    });
    expect(await screen.findByText(/Judging is open/)).toBeTruthy();
    expect(screen.queryByText(/Scores cannot be saved now/)).toBeNull();
    expect(calls.filter((call) => call.url.endsWith('/jury/me'))).toHaveLength(2);
  });
});
