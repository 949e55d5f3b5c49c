import type { ReviewDto } from '@hackboard/contracts';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { type Call, renderApp } from '../../../testing/render-app';
import { event, juryWork, loadJuryStrings, review, roundId, submissionIds } from '../testing/jury-fixtures';
import { ScoringPage } from './scoring-page';

vi.mock('../../../lib/realtime', () => ({
  subscribeToEvent: () => () => {},
  onMessage: () => () => {},
  onReconnect: () => () => {},
}));

const routes = [
  { path: '/events/:slug/jury/rounds/:roundId/submissions/:submissionId', element: <ScoringPage event={event} /> },
  { path: '/events/:slug/jury', element: <h1>Queue</h1> },
];
const pathOf = (index: number) => `/events/${event.slug}/jury/rounds/${roundId}/submissions/${submissionIds[index]}`;

/** A fake API: the juror's work, and reviews that PUT stores. */
function api(
  options: {
    work?: ReturnType<typeof juryWork>;
    onPut?: (call: Call) => Response | null;
    status?: ReviewDto['status'];
  } = {},
) {
  const stored = new Map<string, ReviewDto>();
  return (call: Call) => {
    if (call.url.endsWith('/jury/me')) return Response.json(options.work ?? juryWork());
    const index = submissionIds.findIndex((id) => call.url.endsWith(`/reviews/${id}`));
    if (call.method === 'PUT') {
      const refused = options.onPut?.(call);
      if (refused) return refused;
      const body = call.body as { scores: Record<string, number | null>; comment: string };
      const saved: ReviewDto = {
        ...review(index, body.scores),
        comment: body.comment || null,
        status: options.status ?? 'complete',
        updatedAt: '2026-05-22T09:30:00.000Z',
      };
      stored.set(saved.submissionId, saved);
      return Response.json(saved);
    }
    return Response.json(stored.get(submissionIds[index]!) ?? review(index));
  };
}

const group = (name: string) => screen.getByRole('group', { name });
const checked = (name: string) =>
  within(group(name))
    .getAllByRole('radio')
    .find((radio) => (radio as HTMLInputElement).checked)
    ?.getAttribute('value') || null;

describe('the scoring form', () => {
  beforeAll(loadJuryStrings);
  afterEach(() => {
    vi.unstubAllGlobals();
    act(() => setLanguage('en'));
  });

  it('lets a juror score a whole project from the keyboard, save, and land on the next unscored one', async () => {
    const { calls, router } = renderApp(routes, api(), pathOf(1));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bussen i tid' })).toBeTruthy();
    await screen.findByText(/Judging is open/);

    const impact = within(group('Impact')).getByRole('radio', { name: '1' });
    impact.focus();
    fireEvent.keyDown(impact, { key: '4' });
    expect(checked('Impact')).toBe('4');
    expect(document.activeElement).toBe(within(group('Impact')).getByRole('radio', { name: '4' }));

    // Two digits typed quickly make 10 on a 0–10 scale.
    const craft = within(group('Craft')).getByRole('radio', { name: '0' });
    craft.focus();
    fireEvent.keyDown(craft, { key: '1' });
    expect(checked('Craft')).toBe('1');
    fireEvent.keyDown(document.activeElement!, { key: '0' });
    expect(checked('Craft')).toBe('10');

    // Digits typed in the comment are text, not scores.
    const comment = screen.getByLabelText(/^Comment/);
    fireEvent.keyDown(comment, { key: '2' });
    fireEvent.change(comment, { target: { value: 'Clear idea, 2 routes.' } });
    expect(checked('Impact')).toBe('4');
    expect(screen.getByText('You have changes that are not saved yet.')).toBeTruthy();

    fireEvent.keyDown(comment, { key: 'Enter', ctrlKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Grönare parker' })).toBeTruthy();
    expect(router.state.location.pathname).toBe(pathOf(2));
    expect(calls.filter((call) => call.method === 'PUT')).toEqual([
      {
        method: 'PUT',
        url: `/api/events/${event.slug}/rounds/${roundId}/reviews/${submissionIds[1]}`,
        body: { scores: { impact: 4, craft: 10 }, comment: 'Clear idea, 2 routes.' },
      },
    ]);
    const status = await screen.findByText(
      'Your scores for “Bussen i tid” were saved. This is the next project to score.',
    );
    expect(status.closest('[role="status"]')).toBeTruthy();
    // Scoring goes on at the first criterion without a value.
    expect(document.activeElement).toBe(within(group('Impact')).getByRole('radio', { name: 'None' }));
  });

  it('saves and stays with Enter on a value, announcing it politely; Delete clears a value', async () => {
    const { calls } = renderApp(routes, api(), pathOf(1));
    await screen.findByText(/Judging is open/);
    const three = within(group('Impact')).getByRole('radio', { name: '3' });
    fireEvent.click(three);
    fireEvent.keyDown(three, { key: 'Delete' });
    expect(checked('Impact')).toBeNull();
    fireEvent.click(three);
    fireEvent.keyDown(three, { key: 'Enter' });
    const saved = await screen.findByText(/^Saved at /);
    expect(saved.closest('[role="status"]')).toBeTruthy();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
      scores: { impact: 3, craft: null },
      comment: '',
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Bussen i tid' })).toBeTruthy();
  });

  it('goes back to the queue once every other project is scored', async () => {
    const work = juryWork();
    const round = work.rounds[0]!;
    const allButOne = {
      ...work,
      rounds: [
        {
          ...round,
          assignments: round.assignments.map((item, index) =>
            index === 1 ? item : { ...item, status: 'complete' as const, scored: 2 },
          ),
        },
      ],
    };
    const { router } = renderApp(routes, api({ work: allButOne }), pathOf(1));
    await screen.findByText(/Judging is open/);
    fireEvent.click(within(group('Impact')).getByRole('radio', { name: '5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save and go to the next project' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Queue' })).toBeTruthy();
    expect(router.state.location.state).toEqual({ allScored: 'Heat: Safer routes' });
  });

  it('asks before leaving with unsaved scores: Stay keeps them, Leave goes; once saved nothing is asked', async () => {
    const { router } = renderApp(routes, api(), pathOf(1));
    await screen.findByText(/Judging is open/);
    const backToQueue = () => screen.getAllByRole('link', { name: 'Back to your jury work' }).at(-1)!;
    fireEvent.click(within(group('Impact')).getByRole('radio', { name: '3' }));

    fireEvent.click(backToQueue());
    const question = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Stay on this page' }));
    fireEvent.click(within(question).getByRole('button', { name: 'Stay on this page' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(router.state.location.pathname).toBe(pathOf(1));
    expect(checked('Impact')).toBe('3');

    fireEvent.click(backToQueue());
    const again = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    fireEvent.click(within(again).getByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Queue' })).toBeTruthy();

    await act(() => router.navigate(pathOf(1)));
    await screen.findByText(/Judging is open/);
    fireEvent.click(within(group('Impact')).getByRole('radio', { name: '4' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/^Saved at /);
    fireEvent.click(backToQueue());
    expect(await screen.findByRole('heading', { level: 1, name: 'Queue' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('stays on a project still incomplete when every other one is scored, and says it is saved', async () => {
    const work = juryWork();
    const round = work.rounds[0]!;
    const allButOne = {
      ...work,
      rounds: [
        {
          ...round,
          assignments: round.assignments.map((item, index) =>
            index === 1 ? item : { ...item, status: 'complete' as const, scored: 2 },
          ),
        },
      ],
    };
    const { router } = renderApp(routes, api({ work: allButOne, status: 'incomplete' }), pathOf(1));
    await screen.findByText(/Judging is open/);
    fireEvent.click(within(group('Impact')).getByRole('radio', { name: '5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save and go to the next project' }));
    expect(await screen.findByText(/^Saved/)).toBeTruthy();
    expect(router.state.location.pathname).toBe(pathOf(1));
  });

  it('shows the API’s problem next to the criterion it concerns, and in the summary', async () => {
    renderApp(
      routes,
      api({
        onPut: () =>
          Response.json(
            {
              code: 'VALIDATION_FAILED',
              message: 'Some fields are not valid.',
              fields: { 'scores.impact': 'must be between 1 and 5' },
            },
            { status: 400 },
          ),
      }),
      pathOf(1),
    );
    await screen.findByText(/Judging is open/);
    fireEvent.click(within(group('Impact')).getByRole('radio', { name: '2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Impact: Choose a value from 1 to 5.' })).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    expect(within(group('Impact')).getByText('Choose a value from 1 to 5.')).toBeTruthy();
    expect(group('Impact').getAttribute('aria-describedby')).toContain('review-scores-impact-error');
  });

  it('closes the form when the API says judging is not open, and says why', async () => {
    renderApp(
      routes,
      api({
        onPut: () =>
          Response.json(
            { code: 'NOT_JUDGING', message: 'Scores can be saved only while the event is in its judging phase.' },
            { status: 409 },
          ),
      }),
      pathOf(1),
    );
    await screen.findByText(/Judging is open/);
    fireEvent.click(within(group('Impact')).getByRole('radio', { name: '2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await within(await screen.findByRole('alert')).findByText(
        'Scores can be saved only while the event is in its judging phase.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/Scores cannot be saved now/)).toBeTruthy();
    expect(within(group('Impact')).getByRole('radio', { name: '2' }).hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('shows a locked round read-only', async () => {
    const stored = review(0, { impact: 4, craft: 7 });
    renderApp(
      routes,
      (call) =>
        call.url.endsWith('/jury/me')
          ? Response.json(juryWork({}, '2026-05-22T10:00:00.000Z'))
          : Response.json({ ...stored, status: 'complete' }),
      pathOf(0),
    );
    expect(await screen.findByText(/This round is locked: your scores are shown as they were saved/)).toBeTruthy();
    expect(checked('Craft')).toBe('7');
    expect(within(group('Craft')).getByRole('radio', { name: '7' }).hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: /Save/ })).toBeNull();
    expect(screen.queryByText('Keyboard shortcuts')).toBeNull();
  });

  it('shows the project with its markdown rendered safely, and only web addresses as links', async () => {
    renderApp(routes, api(), pathOf(1));
    expect((await screen.findByText('map')).tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: /Source code/ }).getAttribute('href')).toBe('https://example.se/repo');
    expect(screen.queryByRole('link', { name: /Video/ })).toBeNull();
    expect(screen.getByText('Scale 1–5 · weight 2')).toBeTruthy();
    expect(screen.getByText('Scale 0–10 · weight 1.5')).toBeTruthy();
    expect(screen.getByText('Heat: Safer routes · project 2 of 3')).toBeTruthy();
  });

  it('explains when a project is not the juror’s to score', async () => {
    renderApp(
      routes,
      (call) =>
        call.url.endsWith('/jury/me')
          ? Response.json(juryWork())
          : Response.json(
              { code: 'CONFLICT_OF_INTEREST', message: 'You declared a conflict of interest with this submission.' },
              { status: 409 },
            ),
      pathOf(1),
    );
    expect(
      await screen.findByText('You have declared a conflict of interest with this project, so you do not judge it.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to your jury work' })).toBeTruthy();
  });

  it('takes a wide scale as a number and checks it before saving', async () => {
    const wide = { ...review(1), criteria: [{ ...review(1).criteria[0]!, scaleMin: 0, scaleMax: 100 }] };
    const { calls } = renderApp(
      routes,
      (call) => (call.url.endsWith('/jury/me') ? Response.json(juryWork()) : Response.json(wide)),
      pathOf(1),
    );
    const input = await screen.findByRole('spinbutton', { name: 'Score for Impact' });
    fireEvent.change(input, { target: { value: '150' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await within(await screen.findByRole('alert')).findByText(/Choose a value from 0 to 100/)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);
  });
});
