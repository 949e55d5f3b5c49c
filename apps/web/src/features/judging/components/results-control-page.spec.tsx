import type { EventDto } from '@hackboard/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../../lib/i18n';
import { type Call, renderApp } from '../../../testing/render-app';
import { event, json } from '../testing/fixtures';
import { ResultsControlPage } from './results-control-page';

const closed: EventDto = { ...event, phase: 'closed' };
const routes = (shown: EventDto) => [
  { path: '/events/:slug/organize/results', element: <ResultsControlPage event={shown} /> },
];
const status = (frozenAt: string | null, publishedAt: string | null = null) =>
  json({ eventId: event.id, version: 7, frozenAt, publishedAt, snapshots: 3 });
const writes = (calls: Call[]) => calls.filter((call) => call.method !== 'GET');

describe('the results control', () => {
  beforeAll(() => loadMessages('judging'));
  afterEach(() => vi.unstubAllGlobals());

  it('publishes only after a confirmation that says it is permanent', async () => {
    const { calls } = renderApp(
      routes(closed),
      (call) => (call.url.endsWith('/publish') ? status(null, '2026-05-24T10:00:00.000Z') : json(closed)),
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
    expect(writes(calls)).toEqual([
      { method: 'POST', url: '/api/events/spring-hack/leaderboard/publish', body: undefined },
    ]);
  });

  it('keeps publishing closed while judging goes on, and says until when', async () => {
    renderApp(routes(event), () => json(event), '/events/spring-hack/organize/results');
    const publish = (await screen.findByRole('button', { name: 'Publish the results' })) as HTMLButtonElement;
    expect(publish.disabled).toBe(true);
    expect(screen.getByText(/Results can be published once judging has ended \(Sat, 23 May 2026, 18:00/)).toBeTruthy();
  });

  it('freezes a live leaderboard', async () => {
    const { calls } = renderApp(
      routes(event),
      () => status('2026-05-22T09:30:00.000Z'),
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
    const { calls } = renderApp(routes(frozen), () => status(null), '/events/spring-hack/organize/results');
    expect(await screen.findByText('Frozen since Fri, 22 May 2026, 11:30 CEST.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Freeze now' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Unfreeze' }));
    expect(await screen.findByText('The leaderboard is live again.')).toBeTruthy();
    expect(writes(calls).map((call) => call.url)).toEqual(['/api/events/spring-hack/leaderboard/unfreeze']);
  });

  it('saves the leaderboard visibility and links the exports, the results page and the big screen', async () => {
    const { calls } = renderApp(
      routes(event),
      (call) => json({ ...event, ...(call.body as object) }),
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
