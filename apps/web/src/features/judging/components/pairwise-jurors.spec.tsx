import type { PairwiseJurorDto } from '@hackboard/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../../lib/i18n';
import { type Call, renderApp } from '../../../testing/render-app';
import { event, ids, json, round } from '../testing/fixtures';
import { PairwiseJurors } from './pairwise-jurors';

const final = round({ id: ids.final, name: 'Final', kind: 'final', challengeId: null });
const routes = [{ path: '/', element: <PairwiseJurors event={{ ...event, judgingMode: 'pairwise' }} round={final} /> }];
const jurorsUrl = `/api/events/spring-hack/rounds/${ids.final}/pairwise/jurors`;

function juror(overrides: Partial<PairwiseJurorDto>): PairwiseJurorDto {
  return {
    jurorId: ids.anna,
    displayName: 'Anna Juror',
    onPanel: true,
    votes: 15,
    skips: 0,
    alpha: 12,
    beta: 1,
    reliability: 12 / 13,
    reliabilitySd: 0.07,
    clearPairs: 10,
    againstConsensus: 0,
    expectedAgainst: 1.2,
    flagReasons: [],
    excluded: false,
    ...overrides,
  };
}

const bo = juror({
  jurorId: ids.bo,
  displayName: 'Bo Juror',
  alpha: 4,
  beta: 6,
  reliability: 0.4,
  reliabilitySd: 0.148,
  againstConsensus: 9,
  flagReasons: ['against-consensus', 'low-reliability'],
});

function fakeApi() {
  let excluded = false;
  return (call: Call): Response => {
    switch (`${call.method} ${call.url}`) {
      case `GET ${jurorsUrl}`:
        return json([juror({}), { ...bo, excluded }]);
      case `PUT ${jurorsUrl}/${ids.bo}/exclusion`:
        excluded = true;
        return json({ ...bo, excluded });
      case `DELETE ${jurorsUrl}/${ids.bo}/exclusion`:
        excluded = false;
        return json({ ...bo, excluded });
      default:
        return json(null, 404);
    }
  };
}

describe('the jurors’ reliability of a pairwise round', () => {
  beforeAll(() => loadMessages('judging'));
  afterEach(() => vi.unstubAllGlobals());

  it('shows each juror’s reliability with its uncertainty and the evidence that flags one', async () => {
    renderApp(routes, fakeApi());
    const table = await screen.findByRole('table', { name: 'Jurors of Final and their reliability' });
    const [, anna, flagged] = within(table).getAllByRole('row');
    expect(anna!.textContent).toContain('0.92 ± 0.07');
    expect(anna!.textContent).toContain('No sign of a problem');
    expect(flagged!.textContent).toContain('0.40 ± 0.15');
    expect(flagged!.textContent).toContain('9 of 10 (about 1.20 by chance)');
    expect(within(flagged!).getByText('Probably unreliable')).toBeTruthy();
    expect(within(flagged!).getByText('Votes against clear pairs far more often than chance')).toBeTruthy();
    expect(within(flagged!).getByText('Estimated reliability below 0.65')).toBeTruthy();
  });

  it('excludes a juror’s votes only after a question, and counts them again at once', async () => {
    const { calls } = renderApp(routes, fakeApi());
    fireEvent.click(await screen.findByRole('button', { name: 'Exclude votes – Bo Juror' }));
    const dialog = await screen.findByRole('dialog', { name: 'Exclude the votes of Bo Juror from Final?' });
    expect(calls.filter((call) => call.method !== 'GET')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Exclude the votes' }));
    expect(
      await screen.findByText('The votes of Bo Juror no longer count on the leaderboard of “Final”.'),
    ).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Count votes again – Bo Juror' }));
    expect(await screen.findByText('The votes of Bo Juror count again on the leaderboard of “Final”.')).toBeTruthy();
    expect(calls.filter((call) => call.method !== 'GET').map((call) => `${call.method} ${call.url}`)).toEqual([
      `PUT ${jurorsUrl}/${ids.bo}/exclusion`,
      `DELETE ${jurorsUrl}/${ids.bo}/exclusion`,
    ]);
  });
});
