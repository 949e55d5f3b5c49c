import type { ConflictDto, GalleryProjectDto } from '@hackboard/contracts';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { type Call, renderApp } from '../../../testing/render-app';
import { challengeId, event, juryWork, loadJuryStrings, submissionIds } from '../testing/jury-fixtures';
import { ConflictsPage } from './conflicts-page';

vi.mock('../../../lib/realtime', () => ({
  subscribeToEvent: () => () => {},
  onMessage: () => () => {},
  onReconnect: () => () => {},
}));

const project = (index: number, title: string, teamName: string): GalleryProjectDto => ({
  id: submissionIds[index]!,
  title,
  summary: '',
  description: '',
  teamId: '5f0e6a52-3c1b-4d2e-9f7a-1b2c3d4e5f60',
  teamName,
  challenge: { id: challengeId, title: 'Safer routes to school' },
  repositoryUrl: null,
  demoUrl: null,
  videoUrl: null,
  images: [],
  datasets: [],
  submittedAt: '2026-05-21T15:00:00.000Z',
});
const gallery = [
  project(0, 'Trygga skolvägen', 'Skolvägen'),
  project(1, 'Bussen i tid', 'Linje 4'),
  project(2, 'Grönare parker', 'Parkgänget'),
];
const conflict: ConflictDto = {
  id: '8e9f0a1b-2c3d-4e5f-8a7b-9c0d1e2f3a4b',
  jurorId: '4e5f6071-8293-4a4b-8c6d-7e8f9a0b1c2d',
  jurorName: 'Jury One',
  submissionId: submissionIds[2],
  submissionTitle: 'Grönare parker',
  reason: 'My sister is on the team.',
  createdAt: '2026-05-22T08:00:00.000Z',
};

const routes = [{ path: '/events/:slug/jury/conflicts', element: <ConflictsPage event={event} /> }];
const at = `/events/${event.slug}/jury/conflicts`;

/** A fake API that keeps the juror's conflicts and removes assignments as the real one does. */
function api(options: { declare?: (call: Call) => Response | null } = {}) {
  let work = juryWork({ conflicts: [conflict] });
  return (call: Call) => {
    if (call.url.includes('/gallery')) return Response.json({ items: gallery, total: 3, limit: 100, offset: 0 });
    if (call.method === 'POST') {
      const refused = options.declare?.(call);
      if (refused) return refused;
      const { submissionId, reason } = call.body as { submissionId: string; reason: string };
      const declared = {
        ...conflict,
        id: '9e9f0a1b-2c3d-4e5f-8a7b-9c0d1e2f3a4b',
        submissionId,
        reason,
        submissionTitle: 'x',
      };
      work = {
        ...work,
        conflicts: [...work.conflicts, declared],
        rounds: work.rounds.map((round) => ({
          ...round,
          assignments: round.assignments.filter((item) => item.submissionId !== submissionId),
        })),
      };
      return Response.json(declared, { status: 201 });
    }
    if (call.method === 'DELETE') {
      work = { ...work, conflicts: work.conflicts.filter((item) => !call.url.endsWith(item.id)) };
      return new Response(null, { status: 204 });
    }
    return Response.json(work);
  };
}

describe('the conflicts of interest page', () => {
  beforeAll(loadJuryStrings);
  afterEach(() => {
    vi.unstubAllGlobals();
    act(() => setLanguage('en'));
  });

  it('declares a conflict with a reason and says which rounds it was taken off', async () => {
    const { calls } = renderApp(routes, api(), at);
    const declared = await screen.findByRole('region', { name: 'Your declared conflicts' });
    expect(within(declared).getByText('My sister is on the team.')).toBeTruthy();

    const select = (await screen.findByLabelText('Project')) as HTMLSelectElement;
    // A project already declared is not offered again.
    expect([...select.options].map((option) => option.text)).toEqual([
      'Choose a project',
      'Trygga skolvägen – team Skolvägen (Safer routes to school)',
      'Bussen i tid – team Linje 4 (Safer routes to school)',
    ]);
    fireEvent.change(select, { target: { value: submissionIds[1] } });
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: '  I mentored this team.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Declare the conflict' }));

    expect(
      await screen.findByText(
        'Conflict declared with “Bussen i tid”. It was taken off your list in Heat: Safer routes, and any scores you gave it were removed.',
      ),
    ).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      submissionId: submissionIds[1],
      reason: 'I mentored this team.',
    });
    expect(await within(declared).findByText('I mentored this team.')).toBeTruthy();
    expect((screen.getByLabelText('Project') as HTMLSelectElement).value).toBe('');
  });

  it('asks for the project and the reason before sending anything', async () => {
    const { calls } = renderApp(routes, api(), at);
    fireEvent.click(await screen.findByRole('button', { name: 'Declare the conflict' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([expect.stringMatching(/^Project: /), expect.stringMatching(/^Reason: /)]);
    expect(screen.getByLabelText('Reason').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('shows the API’s field problem next to the field', async () => {
    renderApp(
      routes,
      api({
        declare: () =>
          Response.json(
            {
              code: 'SUBMISSION_NOT_FOUND',
              message: 'This event has no such submission.',
              fields: { submissionId: 'is not a submission of this event' },
            },
            { status: 404 },
          ),
      }),
      at,
    );
    fireEvent.change(await screen.findByLabelText('Project'), { target: { value: submissionIds[0] } });
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Former colleague.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Declare the conflict' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('This project does not exist in this event.')).toBeTruthy();
    expect(document.getElementById('conflict-submissionId-error')?.textContent).toContain(
      'is not a submission of this event',
    );
  });

  it('withdraws a conflict after asking, and says so', async () => {
    const { calls } = renderApp(routes, api(), at);
    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw – Grönare parker' }));
    const dialog = screen.getByRole('dialog', { name: 'Withdraw your conflict with “Grönare parker”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Withdraw the conflict' }));
    expect(await screen.findByText('Your conflict with “Grönare parker” is withdrawn.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'DELETE')?.url).toBe(
      `/api/events/${event.slug}/conflicts/${conflict.id}`,
    );
    expect(await screen.findByText('You have declared no conflicts of interest.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your declared conflicts' }));
  });
});
