import type { RoundDto } from '@hackboard/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../../lib/i18n';
import { type Call, renderApp } from '../../../testing/render-app';
import { event, ids, json, refusal, round, roundDetail } from '../testing/fixtures';
import { RoundsPage } from './rounds-page';

const routes = [{ path: '/events/:slug/organize/rounds', element: <RoundsPage event={event} challenges={[]} /> }];
const rounds = '/api/events/spring-hack/rounds';
const final: Partial<RoundDto> = { id: ids.final, name: 'Final', kind: 'final', challengeId: null, entryCount: 0 };

const members = [
  { id: '1', userId: ids.anna, displayName: 'Anna Juror', email: null, role: 'jury', organizationId: null, since: '' },
  { id: '2', userId: ids.bo, displayName: 'Bo Juror', email: null, role: 'jury', organizationId: null, since: '' },
  {
    id: '3',
    userId: ids.cleo,
    displayName: 'Cleo Host',
    email: null,
    role: 'organizer',
    organizationId: null,
    since: '',
  },
];

function fakeApi({ withFinal = false, heatScored = false } = {}) {
  return (call: Call): Response => {
    switch (`${call.method} ${call.url}`) {
      case `GET ${rounds}`:
        return json([round({ scoringStarted: heatScored }), ...(withFinal ? [round(final)] : [])]);
      case `GET ${rounds}/${ids.heat}`:
        return json(roundDetail({ scoringStarted: heatScored }));
      case `GET ${rounds}/${ids.final}`:
        return json({ ...roundDetail(final), entries: [] });
      case `GET ${rounds}/${ids.heat}/panel`:
      case `GET ${rounds}/${ids.final}/panel`:
        return json({
          roundId: ids.heat,
          jurors: [{ userId: ids.anna, displayName: 'Anna Juror', assignments: 2, completed: 1 }],
        });
      case 'GET /api/events/spring-hack/members':
        return json(members);
      case `POST ${rounds}/heats`:
        return json([]);
      case `PUT ${rounds}/${ids.heat}/panel`:
        return heatScored
          ? refusal(
              409,
              'JUROR_HAS_SCORES',
              'A juror you would take off this panel has already scored in this round.',
              {
                jurorIds: `must keep the jurors who have scored here: ${ids.anna}`,
              },
            )
          : json({ roundId: ids.heat, jurors: [] });
      case `POST ${rounds}/${ids.final}/promote`:
        return json({ ...roundDetail(final), entries: roundDetail().entries });
      case `POST ${rounds}/${ids.heat}/lock`:
        return json(roundDetail({ lockedAt: '2026-05-22T09:30:00.000Z' }));
      default:
        return json(null, 404);
    }
  };
}

const writes = (calls: Call[]) => calls.filter((call) => call.method !== 'GET');

describe('the rounds console', () => {
  beforeAll(() => loadMessages('judging'));
  afterEach(() => vi.unstubAllGlobals());

  it('lists the rounds and says when every challenge already has a heat', async () => {
    renderApp(routes, fakeApi(), '/events/spring-hack/organize/rounds');
    const table = await screen.findByRole('table', { name: '1 round' });
    expect(within(table).getAllByRole('row')[1]!.textContent).toBe('Heat: Open transportHeat–222The event’sOpen');
    fireEvent.click(screen.getByRole('button', { name: 'Create heats' }));
    expect(await screen.findByText('Every challenge already has a heat.')).toBeTruthy();
  });

  it('puts the chosen jurors on the panel, offering only the event’s jurors', async () => {
    const { calls } = renderApp(routes, fakeApi(), '/events/spring-hack/organize/rounds');
    const panel = await screen.findByRole('group', { name: 'Jurors of Heat: Open transport' });
    expect(
      within(panel)
        .getAllByRole('checkbox')
        .map((box) => (box as HTMLInputElement).checked),
    ).toEqual([true, false]);
    expect(within(panel).queryByLabelText(/Cleo Host/)).toBeNull();
    expect(
      within(panel)
        .getByLabelText(/Anna Juror/)
        .closest('div')?.textContent,
    ).toContain('1 of 2 reviews complete');
    fireEvent.click(within(panel).getByLabelText('Bo Juror'));
    fireEvent.click(screen.getByRole('button', { name: 'Save panel' }));
    await screen.findByText('The panel of “Heat: Open transport” has 0 jurors.');
    expect(writes(calls)).toEqual([
      { method: 'PUT', url: `${rounds}/${ids.heat}/panel`, body: { jurorIds: [ids.anna, ids.bo] } },
    ]);
  });

  it('shows why a juror who has scored cannot leave the panel', async () => {
    renderApp(routes, fakeApi({ heatScored: true }), '/events/spring-hack/organize/rounds');
    const panel = await screen.findByRole('group', { name: 'Jurors of Heat: Open transport' });
    fireEvent.click(within(panel).getByLabelText(/Anna Juror/));
    fireEvent.click(screen.getByRole('button', { name: 'Save panel' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'A juror you would take off the panel has already scored in this round.',
    );
    expect(
      within(panel).getByText('Keep Anna Juror on the panel: they have already scored in this round.'),
    ).toBeTruthy();
  });

  it('promotes each heat’s top N into the final', async () => {
    const { calls } = renderApp(
      routes,
      fakeApi({ withFinal: true }),
      `/events/spring-hack/organize/rounds?round=${ids.final}`,
    );
    expect(await screen.findByText('No finalists yet.')).toBeTruthy();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'How many from each heat' }), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Promote into Final' }));
    expect(await screen.findByText('2 finalists were added; “Final” has 2 entries.')).toBeTruthy();
    expect(writes(calls)).toEqual([{ method: 'POST', url: `${rounds}/${ids.final}/promote`, body: { topN: 2 } }]);
  });

  it('locks a round', async () => {
    const { calls } = renderApp(routes, fakeApi(), '/events/spring-hack/organize/rounds');
    fireEvent.click(await screen.findByRole('button', { name: 'Lock round Heat: Open transport' }));
    expect(await screen.findByText('“Heat: Open transport” is locked.')).toBeTruthy();
    expect(writes(calls)).toEqual([{ method: 'POST', url: `${rounds}/${ids.heat}/lock`, body: undefined }]);
  });
});
