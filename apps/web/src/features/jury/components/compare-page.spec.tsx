import type { PairwisePairDto, PairwiseSubmissionDto } from '@hackboard/contracts';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { type Call, renderApp } from '../../../testing/render-app';
import { challengeId, event, juryWork, loadJuryStrings, roundId, submissionIds } from '../testing/jury-fixtures';
import { ComparePage } from './compare-page';

vi.mock('../../../lib/realtime', () => ({
  subscribeToEvent: () => () => {},
  onMessage: () => () => {},
  onReconnect: () => () => {},
}));

const pairwiseEvent = { ...event, judgingMode: 'pairwise' as const };
const project = (index: number, title: string): PairwiseSubmissionDto => ({
  id: submissionIds[index]!,
  title,
  summary: `${title} in short.`,
  description: '',
  teamName: `Team ${index}`,
  challenge: { id: challengeId, title: 'Safer routes to school' },
  repositoryUrl: null,
  demoUrl: null,
  videoUrl: null,
  images: [],
});
const pairs: PairwisePairDto[] = [
  // Judged on an earlier visit: four pairs.
  { a: project(0, 'Trygga skolvägen'), b: project(1, 'Bussen i tid'), judged: 4 },
  { a: project(2, 'Grönare parker'), b: project(1, 'Bussen i tid'), judged: 5 },
];

const routes = [{ path: '/events/:slug/jury/rounds/:roundId/compare', element: <ComparePage event={pairwiseEvent} /> }];
const at = `/events/${event.slug}/jury/rounds/${roundId}/compare`;
const record = { id: '8e9f0a1b-2c3d-4e5f-8a7b-9c0d1e2f3a4b', roundId, sequence: 1, at: '2026-05-22T08:00:00.000Z' };

/** Offers the pairs in turn, then 204 once nothing is left. */
function api(left = pairs.length) {
  let offered = 0;
  return (call: Call) => {
    if (call.url.endsWith('/jury/me')) return Response.json(juryWork());
    if (call.url.endsWith('/pairwise/next')) {
      return offered < left ? Response.json(pairs[offered]) : new Response(null, { status: 204 });
    }
    offered += 1;
    return Response.json({ ...record, kind: call.url.endsWith('/skip') ? 'skip' : 'vote', ...(call.body as object) });
  };
}

describe('the pairwise comparison screen', () => {
  beforeAll(loadJuryStrings);
  afterEach(() => {
    vi.unstubAllGlobals();
    act(() => setLanguage('en'));
  });

  it('shows the pair side by side and records a verdict from the keyboard, then offers the next pair', async () => {
    const { calls } = renderApp(routes, api(), at);
    const a = await screen.findByRole('region', { name: 'Trygga skolvägen' });
    expect(within(a).getByText('Project A')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Bussen i tid' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare projects: Heat: Safer routes' })).toBeTruthy();
    expect(screen.getByText('You have judged 4 pairs in this round.')).toBeTruthy();

    fireEvent.keyDown(window, { key: 'b' });
    expect(await screen.findByRole('region', { name: 'Grönare parker' })).toBeTruthy();
    expect(calls.filter((call) => call.method === 'POST')).toEqual([
      {
        method: 'POST',
        url: `/api/events/${event.slug}/rounds/${roundId}/pairwise/votes`,
        body: { winnerId: submissionIds[1], loserId: submissionIds[0] },
      },
    ]);
    expect(screen.getByText('Saved: “Bussen i tid” is better than “Trygga skolvägen”.')).toBeTruthy();
    expect(screen.getByText('You have judged 5 pairs in this round.')).toBeTruthy();

    // Shift+A skips project A; modified keys and other letters do nothing.
    fireEvent.keyDown(window, { key: 'a', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'x' });
    fireEvent.keyDown(window, { key: 'A', shiftKey: true });
    expect(await screen.findByText('There is nothing left for you to compare in this round. Thank you!')).toBeTruthy();
    // A skip is not a judged pair.
    expect(screen.getByText('You have judged 5 pairs in this round.')).toBeTruthy();
    expect(
      calls.filter((call) => call.method === 'POST').map((call) => [call.url.split('/').pop(), call.body]),
    ).toEqual([
      ['votes', { winnerId: submissionIds[1], loserId: submissionIds[0] }],
      ['skip', { submissionId: submissionIds[2] }],
    ]);
  });

  it('ignores a held key, and every shortcut once the juror turns them off', async () => {
    const { calls } = renderApp(routes, api(1), at);
    await screen.findByRole('region', { name: 'Trygga skolvägen' });
    fireEvent.keyDown(window, { key: 'a', repeat: true });
    fireEvent.click(screen.getByLabelText('Use these single-key shortcuts'));
    fireEvent.keyDown(window, { key: 'a' });
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(calls.filter((call) => call.method === 'POST')).toEqual([]);
    expect(globalThis.localStorage.getItem('hackboard.compareShortcuts')).toBe('off');
    fireEvent.click(screen.getByLabelText('Use these single-key shortcuts'));
    fireEvent.keyDown(window, { key: 'a' });
    expect(await screen.findByText(/nothing left for you to compare/)).toBeTruthy();
  });

  it('takes a verdict from the buttons, named by the project they choose', async () => {
    const { calls } = renderApp(routes, api(1), at);
    fireEvent.click(await screen.findByRole('button', { name: 'A is better – Trygga skolvägen' }));
    expect(await screen.findByText(/nothing left for you to compare/)).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      winnerId: submissionIds[0],
      loserId: submissionIds[1],
    });
  });

  it('explains why comparing is not possible now', async () => {
    renderApp(
      routes,
      (call) =>
        call.url.endsWith('/jury/me')
          ? Response.json(juryWork())
          : Response.json(
              { code: 'NOT_JUDGING_PHASE', message: 'Projects are compared only while judging is open.' },
              { status: 409 },
            ),
      at,
    );
    expect(await screen.findByText('Projects can be compared only while judging is open.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to your jury work' })).toBeTruthy();
  });

  it('shows a refused verdict and fetches the pair that is offered now', async () => {
    let nexts = 0;
    renderApp(
      routes,
      (call) => {
        if (call.url.endsWith('/jury/me')) return Response.json(juryWork());
        if (call.url.endsWith('/pairwise/next')) return Response.json(pairs[nexts++ === 0 ? 0 : 1]);
        return Response.json({ code: 'PAIR_NOT_OFFERED', message: 'This pair was not offered.' }, { status: 409 });
      },
      at,
    );
    await screen.findByRole('region', { name: 'Trygga skolvägen' });
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(
      await within(await screen.findByRole('alert')).findByText(
        'This pair is no longer the one offered to you. The current pair is shown now.',
      ),
    ).toBeTruthy();
    expect(await screen.findByRole('region', { name: 'Grönare parker' })).toBeTruthy();
  });
});
