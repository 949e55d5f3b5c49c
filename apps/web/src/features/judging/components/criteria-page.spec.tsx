import type { CriterionDto } from '@hackboard/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../../lib/i18n';
import { type Call, renderApp } from '../../../testing/render-app';
import { criterion, event, json, refusal, round } from '../testing/fixtures';
import { CriteriaPage } from './criteria-page';

const routes = [
  {
    path: '/events/:slug/organize/criteria',
    element: <CriteriaPage event={event} challenges={[]} />,
  },
];

const idea = criterion({
  id: '44444444-4444-4444-8444-444444444444',
  key: 'idea',
  name: 'Idea',
  weight: 1,
  position: 0,
});
const data = criterion({
  id: '55555555-5555-4555-8555-555555555555',
  key: 'open-data',
  name: 'Use of open data',
  weight: 3,
  position: 1,
});

/** An API holding one rubric; `scored` makes it refuse unconfirmed changes as the real one does. */
function fakeApi(initial: CriterionDto[], { scored = false } = {}) {
  let criteria = [...initial];
  return (call: Call) => {
    if (call.url === '/api/events/spring-hack/rounds') return json([round({ scoringStarted: scored })]);
    if (call.url === '/api/events/spring-hack/criteria' && call.method === 'GET') return json(criteria);
    const body = (call.body ?? {}) as Record<string, unknown>;
    if (scored && body['confirmRescore'] !== true) {
      return refusal(409, 'RUBRIC_LOCKED', 'Scoring has started with this rubric. Send confirmRescore: true.');
    }
    if (call.url === '/api/events/spring-hack/criteria' && call.method === 'POST') {
      const created = criterion({ id: '66666666-6666-4666-8666-666666666666', ...(body as object) } as CriterionDto);
      criteria = [...criteria, created];
      return json({ criterion: created, deletedScores: 0 });
    }
    const id = call.url.split('/').pop();
    const existing = criteria.find((candidate) => candidate.id === id)!;
    if (call.method === 'PATCH') {
      const { confirmRescore: _, ...changes } = body;
      const updated = { ...existing, ...changes };
      criteria = criteria.map((candidate) => (candidate.id === id ? updated : candidate));
      criteria.sort((a, b) => a.position - b.position);
      return json({ criterion: updated, deletedScores: scored ? 4 : 0 });
    }
    criteria = criteria.filter((candidate) => candidate.id !== id);
    return json({ criterion: null, deletedScores: scored ? 2 : 0 });
  };
}

const writes = (calls: Call[]) => calls.filter((call) => call.method !== 'GET');

describe('the criteria editor', () => {
  beforeAll(() => loadMessages('judging'));
  afterEach(() => vi.unstubAllGlobals());

  it('adds a criterion with a key made from its name, after refusing a scale upside down', async () => {
    const { calls } = renderApp(routes, fakeApi([idea]), '/events/spring-hack/organize/criteria');
    expect(await screen.findByRole('rowheader', { name: /Idea/ })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Use of öppna data' } });
    expect((screen.getByLabelText('Key') as HTMLInputElement).value).toBe('use-of-oppna-data');
    fireEvent.change(screen.getByLabelText('Weight'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Lowest score'), { target: { value: '5' } });
    fireEvent.change(screen.getByLabelText('Highest score'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add criterion' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe('Highest score: Must be greater than the lowest score.');
    expect(screen.getByLabelText('Highest score').getAttribute('aria-invalid')).toBe('true');
    expect(writes(calls)).toEqual([]);

    fireEvent.change(screen.getByLabelText('Highest score'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add criterion' }));
    expect(await screen.findByText('“Use of öppna data” has been added.')).toBeTruthy();
    expect(writes(calls)).toEqual([
      {
        method: 'POST',
        url: '/api/events/spring-hack/criteria',
        body: {
          key: 'use-of-oppna-data',
          name: 'Use of öppna data',
          description: '',
          weight: 2,
          scaleMin: 5,
          scaleMax: 10,
        },
      },
    ]);
    expect(await screen.findByRole('rowheader', { name: /Use of öppna data/ })).toBeTruthy();
  });

  it('asks for a re-score when scoring has started, and sends the change again only once confirmed', async () => {
    const { calls } = renderApp(
      routes,
      fakeApi([idea, data], { scored: true }),
      '/events/spring-hack/organize/criteria',
    );
    expect(await screen.findByText(/Jurors have scored in Heat: Open transport/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Edit Use of open data' }));
    fireEvent.change(screen.getByLabelText('Highest score'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save criterion' }));

    const dialog = await screen.findByRole('dialog', { name: 'Jurors have already scored with this rubric' });
    expect(dialog.textContent).toContain('change the criterion “Use of open data”');
    expect(dialog.textContent).toContain('every score that no longer fits the changed rubric is deleted');
    expect(writes(calls)).toHaveLength(1);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Change and re-score' }));
    expect(
      await screen.findByText(
        '“Use of open data” has been saved. 4 scores were deleted: the jurors concerned score again.',
      ),
    ).toBeTruthy();
    expect(writes(calls).map((call) => call.body)).toEqual([{ scaleMax: 5 }, { scaleMax: 5, confirmRescore: true }]);
  });

  it('changes nothing when the re-score is cancelled', async () => {
    const { calls } = renderApp(
      routes,
      fakeApi([idea, data], { scored: true }),
      '/events/spring-hack/organize/criteria',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Idea' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete “Idea”?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    const rescore = await screen.findByRole('dialog', { name: 'Jurors have already scored with this rubric' });
    fireEvent.click(within(rescore).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(writes(calls)).toEqual([
      { method: 'DELETE', url: '/api/events/spring-hack/criteria/44444444-4444-4444-8444-444444444444', body: {} },
    ]);
    expect(screen.getByRole('rowheader', { name: /Idea/ })).toBeTruthy();
  });

  it('moves a criterion down by renumbering the two that swap places', async () => {
    const { calls } = renderApp(routes, fakeApi([idea, data]), '/events/spring-hack/organize/criteria');
    fireEvent.click(await screen.findByRole('button', { name: 'Move down Idea' }));
    expect(await screen.findByText('“Idea” moved down.')).toBeTruthy();
    expect(writes(calls).map(({ url, body }) => [url.split('/').pop(), body])).toEqual([
      [data.id, { position: 0 }],
      [idea.id, { position: 1 }],
    ]);
    await waitFor(() =>
      expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent?.split('open-data')[0])).toEqual([
        'Use of open data',
        'Ideaidea',
      ]),
    );
    expect((screen.getByRole('button', { name: 'Move up Use of open data' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
