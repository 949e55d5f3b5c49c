import type { AssignmentDto, AutoAssignResultDto } from '@hackboard/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../../lib/i18n';
import { type Call, renderApp } from '../../../testing/render-app';
import { event, ids, json, refusal, round, roundDetail } from '../testing/fixtures';
import { AssignmentsPage } from './assignments-page';

const routes = [{ path: '/events/:slug/organize/assignments', element: <AssignmentsPage event={event} /> }];
const base = `/api/events/spring-hack/rounds/${ids.heat}`;

const existing: AssignmentDto = {
  id: '77777777-7777-4777-8777-777777777777',
  roundId: ids.heat,
  jurorId: ids.anna,
  jurorName: 'Anna Juror',
  submissionId: ids.busMap,
  title: 'Bus map',
  status: 'incomplete',
  createdAt: '2026-05-21T17:00:00.000Z',
};

const conflict = {
  id: '88888888-8888-4888-8888-888888888888',
  jurorId: ids.bo,
  jurorName: 'Bo Juror',
  submissionId: ids.treeApp,
  submissionTitle: 'Tree app',
  reason: 'My cousin is on Team Green.',
  createdAt: '2026-05-21T18:00:00.000Z',
};

// Two reviews each are wanted; Bo declared a conflict with the tree app, so only Anna can review it.
const plan: AutoAssignResultDto = {
  roundId: ids.heat,
  reviewsPerSubmission: 2,
  dryRun: true,
  added: [
    { jurorId: ids.bo, submissionId: ids.busMap },
    { jurorId: ids.anna, submissionId: ids.treeApp },
  ],
  shortfalls: [{ submissionId: ids.treeApp, title: 'Tree app', reviews: 1, eligibleJurors: 1 }],
  loads: [
    { jurorId: ids.anna, displayName: 'Anna Juror', assignments: 2 },
    { jurorId: ids.bo, displayName: 'Bo Juror', assignments: 1 },
  ],
};

function fakeApi(call: Call): Response {
  switch (`${call.method} ${call.url}`) {
    case 'GET /api/events/spring-hack/rounds':
      return json([round()]);
    case `GET ${base}`:
      return json(roundDetail());
    case `GET ${base}/panel`:
      return json({
        roundId: ids.heat,
        jurors: [
          { userId: ids.anna, displayName: 'Anna Juror', assignments: 1, completed: 0 },
          { userId: ids.bo, displayName: 'Bo Juror', assignments: 0, completed: 0 },
        ],
      });
    case `GET ${base}/assignments`:
      return json([existing]);
    case 'GET /api/events/spring-hack/conflicts':
      return json([conflict]);
    case `POST ${base}/assignments/auto`: {
      const { dryRun, reviewsPerSubmission } = call.body as { dryRun: boolean; reviewsPerSubmission: number };
      return json({ ...plan, reviewsPerSubmission, dryRun });
    }
    case `POST ${base}/assignments`:
      return refusal(409, 'CONFLICT_OF_INTEREST', 'The juror declared a conflict of interest with this submission.', {
        jurorId: 'has a conflict of interest with this submission',
      });
    default:
      return json(null, 404);
  }
}

const writes = (calls: Call[]) => calls.filter((call) => call.method !== 'GET');

describe('jury assignment', () => {
  beforeAll(() => loadMessages('judging'));
  afterEach(() => vi.unstubAllGlobals());

  it('previews a balanced plan without saving it, then saves it only when applied', async () => {
    const { calls } = renderApp(routes, fakeApi, '/events/spring-hack/organize/assignments');
    expect(await screen.findByRole('table', { name: /1 assignment; 2 reviews wanted/ })).toBeTruthy();
    expect(screen.getByRole('table', { name: '1 declared conflict' }).textContent).toContain(
      'My cousin is on Team Green.',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Preview the plan' }));
    const preview = await screen.findByRole('region', { name: 'Proposed plan' });
    expect(writes(calls).map((call) => call.body)).toEqual([{ reviewsPerSubmission: 2, dryRun: true }]);
    expect(preview.textContent).toContain('The plan adds 2 assignments so that every entry gets 2 reviews.');
    expect(preview.textContent).toContain('Conflicts of interest declared by jurors are respected');
    expect(preview.textContent).toContain('1 entry cannot get enough reviews');

    const loads = within(within(preview).getByRole('table', { name: 'Each juror’s load' }));
    expect(loads.getAllByRole('row').map((row) => row.textContent)).toEqual([
      'JurorNowWith the planAdded',
      'Anna Juror12Tree app',
      'Bo Juror01Bus map',
    ]);
    const reviews = within(within(preview).getByRole('table', { name: 'Reviews per submission (2 wanted)' }));
    expect(reviews.getByRole('row', { name: /Tree app/ }).textContent).toContain(
      'Too few reviews: only 1 juror is free to review it',
    );
    expect(reviews.getByRole('row', { name: /Bus map/ }).textContent).toBe('Bus mapTeam Blue12–');

    fireEvent.click(within(preview).getByRole('button', { name: 'Apply the plan (2 assignments)' }));
    expect(await screen.findByText('The plan was applied: 2 assignments were added.')).toBeTruthy();
    expect(writes(calls).map((call) => call.body)).toEqual([
      { reviewsPerSubmission: 2, dryRun: true },
      { reviewsPerSubmission: 2, dryRun: false },
    ]);
    expect(screen.queryByRole('region', { name: 'Proposed plan' })).toBeNull();
  });

  it('refuses a wanted review count out of range before asking the API', async () => {
    const { calls } = renderApp(routes, fakeApi, '/events/spring-hack/organize/assignments');
    fireEvent.change(await screen.findByRole('spinbutton', { name: 'Reviews per submission' }), {
      target: { value: '0' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Preview the plan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Must be at least 1.');
    expect(writes(calls)).toEqual([]);
  });

  it('shows a conflict of interest next to the juror when assigning by hand', async () => {
    const { calls } = renderApp(routes, fakeApi, '/events/spring-hack/organize/assignments');
    fireEvent.change(await screen.findByLabelText('Juror'), { target: { value: ids.bo } });
    fireEvent.change(screen.getByLabelText('Submission'), { target: { value: ids.treeApp } });
    fireEvent.click(screen.getByRole('button', { name: 'Assign' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('The juror has declared a conflict of interest with this submission.');
    expect(screen.getByLabelText('Juror').getAttribute('aria-invalid')).toBe('true');
    expect(writes(calls)).toEqual([
      { method: 'POST', url: `${base}/assignments`, body: { jurorId: ids.bo, submissionId: ids.treeApp } },
    ]);
  });

  it('asks before unassigning a juror who has started, since their scores go with it', async () => {
    const { calls } = renderApp(routes, fakeApi, '/events/spring-hack/organize/assignments');
    fireEvent.click(await screen.findByRole('button', { name: 'Unassign Anna Juror from Bus map' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unassign Anna Juror?' });
    expect(dialog.textContent).toContain('deletes the scores they gave it');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(writes(calls)).toEqual([]);
  });
});
