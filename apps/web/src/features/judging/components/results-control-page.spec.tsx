import type { EventDto } from '@hackboard/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../../lib/i18n';
import { type Call, renderApp } from '../../../testing/render-app';
import { event, json, refusal } from '../testing/fixtures';
import { ResultsControlPage } from './results-control-page';

const closed: EventDto = { ...event, phase: 'closed' };
const routes = (shown: EventDto) => [
  { path: '/events/:slug/organize/results', element: <ResultsControlPage event={shown} /> },
];
const status = (frozenAt: string | null, publishedAt: string | null = null) =>
  json({ eventId: event.id, version: 7, frozenAt, publishedAt, snapshots: 3 });
const writes = (calls: Call[]) => calls.filter((call) => call.method !== 'GET');
type Handler = Parameters<typeof renderApp>[1];
/** Every submitted project is in a round unless a test says otherwise. */
const placed =
  (handler: Handler): Handler =>
  (call) =>
    call.url.endsWith('/rounds/unplaced') ? json([]) : handler(call);

describe('the results control', () => {
  beforeAll(() => loadMessages('judging'));
  afterEach(() => vi.unstubAllGlobals());

  it('publishes only after a confirmation that says it is permanent', async () => {
    const { calls } = renderApp(
      routes(closed),
      placed((call) => (call.url.endsWith('/publish') ? status(null, '2026-05-24T10:00:00.000Z') : json(closed))),
      '/events/spring-hack/organize/results',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Publish the results' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish the results of Spring Hack?' });
    expect(dialog.textContent).toContain('Publishing is permanent: it cannot be undone');
    expect(dialog.textContent).toContain('recorded in the audit log');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(writes(calls)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Publish the results' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Publish permanently' }));
    expect(await screen.findByText('The results are published.')).toBeTruthy();
    expect(writes(calls)).toEqual([{ method: 'POST', url: '/api/events/spring-hack/leaderboard/publish', body: {} }]);
  });

  it('lists the projects in no round when the API refuses, and publishes only once that is confirmed', async () => {
    const lost = '7d7b0f4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
    const { calls } = renderApp(
      routes(closed),
      placed((call) => {
        if (!call.url.endsWith('/publish')) return json(closed);
        return (call.body as { confirmUnjudged?: boolean }).confirmUnjudged
          ? status(null, '2026-05-24T10:00:00.000Z')
          : refusal(409, 'UNJUDGED_PROJECTS', '1 submitted project is in no round.', { [lost]: 'Late project' });
      }),
      '/events/spring-hack/organize/results',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Publish the results' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Publish permanently' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('1 submitted project is in no round and will not be judged:')).toBeTruthy();
    expect(within(dialog).getByRole('listitem').textContent).toBe('Late project');
    expect(screen.queryByText('The results are published.')).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish without them' }));
    expect(await screen.findByText('The results are published.')).toBeTruthy();
    expect(writes(calls).map((call) => call.body)).toEqual([{}, { confirmUnjudged: true }]);
  });

  it('says which submitted projects are in no round and adds them to their heats in one click', async () => {
    const heat = '3c1f0e2d-4b5a-4978-8695-a4b3c2d1e0f9';
    let placedYet = false;
    const { calls } = renderApp(
      routes(event),
      (call) => {
        if (call.url.endsWith('/rounds/unplaced')) {
          return json(
            placedYet
              ? []
              : [
                  {
                    submissionId: '11111111-1111-4111-8111-111111111111',
                    title: 'Late project',
                    teamName: 'Sent',
                    challengeId: event.id,
                    challengeTitle: 'Clean water',
                    heatId: heat,
                  },
                  {
                    submissionId: '22222222-2222-4222-8222-222222222222',
                    title: 'Lost project',
                    teamName: 'Borta',
                    challengeId: event.id,
                    challengeTitle: 'Air',
                    heatId: null,
                  },
                ],
          );
        }
        if (call.url.endsWith('/entries/sync')) placedYet = true;
        return json(event);
      },
      '/events/spring-hack/organize/results',
    );
    const notice = await screen.findByRole('region', { name: '2 submitted projects are in no round' });
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Late project – Sent (Clean water)',
      "Lost project – Borta (Air) (no open heat takes it: create its challenge's heat, or unlock it)",
    ]);
    expect(within(notice).getByRole('link', { name: 'Go to the rounds' }).getAttribute('href')).toBe(
      '/events/spring-hack/organize/rounds',
    );
    fireEvent.click(within(notice).getByRole('button', { name: 'Add them to their heats' }));
    expect(await screen.findByText('Added to their heats.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('region', { name: /in no round/ })).toBeNull());
    expect(writes(calls).map((call) => call.url)).toEqual([`/api/events/spring-hack/rounds/${heat}/entries/sync`]);
  });

  it('keeps publishing closed while judging goes on, and says until when', async () => {
    renderApp(
      routes(event),
      placed(() => json(event)),
      '/events/spring-hack/organize/results',
    );
    const publish = (await screen.findByRole('button', { name: 'Publish the results' })) as HTMLButtonElement;
    expect(publish.disabled).toBe(true);
    expect(screen.getByText(/Results can be published once judging has ended \(Sat, 23 May 2026, 18:00/)).toBeTruthy();
  });

  it('freezes a live leaderboard', async () => {
    const { calls } = renderApp(
      routes(event),
      placed(() => status('2026-05-22T09:30:00.000Z')),
      '/events/spring-hack/organize/results',
    );
    expect(await screen.findByText('The leaderboard is not frozen.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Unfreeze' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Freeze now' }));
    expect(await screen.findByText('The leaderboard is frozen.')).toBeTruthy();
    expect(writes(calls).map((call) => call.url)).toEqual(['/api/events/spring-hack/leaderboard/freeze']);
  });

  it('shows since when a frozen leaderboard is frozen and offers only to unfreeze it', async () => {
    const frozen: EventDto = { ...event, leaderboardFrozenAt: '2026-05-22T09:30:00.000Z' };
    const { calls } = renderApp(
      routes(frozen),
      placed(() => status(null)),
      '/events/spring-hack/organize/results',
    );
    expect(await screen.findByText('Frozen since Fri, 22 May 2026, 11:30 CEST.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Freeze now' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Unfreeze' }));
    expect(await screen.findByText('The leaderboard is live again.')).toBeTruthy();
    expect(writes(calls).map((call) => call.url)).toEqual(['/api/events/spring-hack/leaderboard/unfreeze']);
  });

  it('saves the leaderboard visibility and links the exports, the results page and the big screen', async () => {
    const { calls } = renderApp(
      routes(event),
      placed((call) => json({ ...event, ...(call.body as object) })),
      '/events/spring-hack/organize/results',
    );
    fireEvent.click(await screen.findByLabelText('Frozen'));
    fireEvent.click(screen.getByRole('button', { name: 'Save visibility' }));
    expect(await screen.findByText('The leaderboard is now: Frozen.')).toBeTruthy();
    expect(writes(calls)).toEqual([
      { method: 'PATCH', url: '/api/events/spring-hack', body: { leaderboardVisibility: 'frozen' } },
    ]);
    expect(screen.getByRole('link', { name: 'Results, every leaderboard (CSV)' }).getAttribute('href')).toBe(
      '/api/events/spring-hack/leaderboard/export/results.csv',
    );
    expect(
      screen
        .getByRole('link', { name: 'Every score and comment, with juror and criterion (JSON)' })
        .getAttribute('href'),
    ).toBe('/api/events/spring-hack/leaderboard/export/scores.json');
    expect(screen.getByRole('link', { name: 'Open the results page' }).getAttribute('href')).toBe(
      '/events/spring-hack/results',
    );
    expect(screen.getByRole('link', { name: 'Open the big screen (projector)' }).getAttribute('href')).toBe(
      '/events/spring-hack/big-screen',
    );
  });
});
