import type { CatalogueEntryDto, EventDto, SubmissionDto, SubmissionRevisionPageDto } from '@hackboard/contracts';
import { useQuery } from '@tanstack/react-query';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { renderApp } from '../../../testing/render-app';
import { SubmissionEditorPage } from './submission-editor-page';
import { eventFixture } from '../../../testing/event-fixture';

const event: EventDto = eventFixture({
  phase: 'hacking',
  leaderboardVisibility: 'live',
  requireCatalogueDataset: true,
  timeline: { submissionDeadline: '2099-05-21T16:00:00.000Z', judgingEndsAt: '2099-05-23T16:00:00.000Z' },
});

const catalogue: CatalogueEntryDto[] = [
  {
    id: '11111111-1111-4111-8111-111111111111',
    title: 'Schools',
    url: 'https://example.se/schools',
    format: 'GeoJSON',
    licence: 'CC0 1.0',
    challengeId: '6c4b7a1e-2f0d-4e5a-9b3c-1d2e3f4a5b6c',
    challengeTitle: 'Safer routes to school',
    organizationId: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
    organizationName: 'Södertälje kommun',
  },
];

const v3: SubmissionDto = {
  id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
  eventId: event.id,
  team: { id: '3c2b1a09-8f7e-4d6c-8b5a-493827160504', name: 'Skolvägen' },
  challenge: { id: catalogue[0]!.challengeId, title: 'Safer routes to school' },
  challengeId: catalogue[0]!.challengeId,
  title: 'Trygga skolvägen',
  summary: 'Safer routes.',
  description: 'A **map**.',
  repositoryUrl: null,
  demoUrl: null,
  videoUrl: null,
  images: [],
  datasets: [],
  status: 'draft',
  version: 3,
  submittedAt: null,
  createdAt: '2026-05-19T16:00:00.000Z',
  updatedAt: '2026-05-20T10:00:00.000Z',
};
const v4: SubmissionDto = {
  ...v3,
  summary: 'Safer routes, scored.',
  version: 4,
  updatedAt: '2026-05-20T10:05:00.000Z',
};

const revisions = (latest: SubmissionDto): SubmissionRevisionPageDto => ({
  items: [
    {
      version: latest.version,
      snapshot: latest,
      author: { id: '2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7', displayName: 'Ali Hassan' },
      at: latest.updatedAt,
    },
  ],
  total: 1,
  limit: 20,
  offset: 0,
});

function Page() {
  const entries = useQuery({ queryKey: ['catalogue'], queryFn: async () => catalogue });
  return <SubmissionEditorPage event={event} catalogue={entries} />;
}

const routes = [{ path: '/events/:slug/team/submissions/:submissionId', Component: Page }];
const at = `/events/${event.slug}/team/submissions/${v3.id}`;

describe('the submission editor', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    act(() => setLanguage('en'));
  });

  it('shows a live preview of the description and of the whole project as it is typed', async () => {
    renderApp(routes, ({ url }) => Response.json(url.includes('/revisions') ? revisions(v3) : v3), at);
    const description = await screen.findByLabelText(/^Description/);
    fireEvent.change(description, { target: { value: 'Routes scored by **traffic**.' } });
    const preview = await screen.findByRole('region', { name: 'Preview of the description' });
    expect((await within(preview).findByText('traffic')).tagName).toBe('STRONG');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Schools' }));
    const project = screen.getByRole('heading', { level: 2, name: 'How your project will look' }).closest('section')!;
    expect(await within(project).findByText('From the catalogue')).toBeTruthy();
    expect(screen.getByText('Not saved yet: Description, Data sets.')).toBeTruthy();
  });

  it('never overwrites a teammate’s newer version: it keeps the typing and offers to load theirs', async () => {
    let latest = v3;
    const { calls } = renderApp(
      routes,
      ({ url, method }) => {
        if (method === 'PATCH') {
          latest = v4;
          return Response.json(
            { code: 'VERSION_CONFLICT', message: 'Someone saved this submission first.' },
            { status: 409 },
          );
        }
        return Response.json(url.includes('/revisions') ? revisions(latest) : latest);
      },
      at,
    );
    const title = await screen.findByLabelText('Title');
    fireEvent.change(title, { target: { value: 'My better title' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('Someone else saved first');
    expect(await within(alert).findByText(/^Ali Hassan saved version 4/)).toBeTruthy();
    expect(within(alert).getByText('Their version changed: Summary.')).toBeTruthy();
    expect(within(alert).getByText('You changed: Title.')).toBeTruthy();
    expect(document.activeElement).toBe(alert);
    expect((title as HTMLInputElement).value).toBe('My better title');
    expect(screen.getByRole('button', { name: 'Save draft' }).hasAttribute('disabled')).toBe(true);
    expect(calls.filter((call) => call.method === 'PATCH').map((call) => call.body)).toEqual([
      { version: 3, title: 'My better title' },
    ]);

    fireEvent.click(within(alert).getByRole('button', { name: 'Load version 4' }));
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Trygga skolvägen');
    expect((screen.getByLabelText(/^Summary/) as HTMLTextAreaElement).value).toBe('Safer routes, scored.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('The form now shows version 4.')).toBeTruthy();
  });

  it('says calmly when saving is paused by the write budget, and keeps the typing to save again', async () => {
    let paused = true;
    renderApp(
      routes,
      ({ url, method }) => {
        if (method === 'PATCH' && paused) {
          return Response.json(
            { code: 'TOO_MANY_WRITES', message: 'That was a lot of changes in a short time.' },
            { status: 429, headers: { 'Retry-After': '42' } },
          );
        }
        if (method === 'PATCH') return Response.json(v4);
        return Response.json(url.includes('/revisions') ? revisions(v3) : v3);
      },
      at,
    );
    const summary = await screen.findByLabelText(/^Summary/);
    fireEvent.change(summary, { target: { value: 'Typed with care.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByText(/Nothing you typed is lost: try again in 42 seconds/)).toBeTruthy();
    expect((summary as HTMLTextAreaElement).value).toBe('Typed with care.');
    paused = false;
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Everything is saved.')).toBeTruthy();
  });

  it('asks before the page is left with unsaved changes, inside the app and when the tab closes', async () => {
    const { router } = renderApp(
      [...routes, { path: '/events/:slug/team', element: <h1>Team page</h1> }],
      ({ url }) => Response.json(url.includes('/revisions') ? revisions(v3) : v3),
      at,
    );
    const title = await screen.findByLabelText('Title');
    const unload = () => {
      const leaving = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(leaving);
      return leaving.defaultPrevented;
    };
    expect(unload()).toBe(false);
    fireEvent.change(title, { target: { value: 'My better title' } });
    expect(unload()).toBe(true);

    fireEvent.click(screen.getByRole('link', { name: 'My team' }));
    const question = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    fireEvent.click(within(question).getByRole('button', { name: 'Stay on this page' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('My better title');
    expect(router.state.location.pathname).toBe(at);

    fireEvent.click(screen.getByRole('link', { name: 'My team' }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', {
        name: 'Leave without saving',
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Team page' })).toBeTruthy();
    expect(unload()).toBe(false);
  });

  it('saves, then submits on the version the save made', async () => {
    let latest = v3;
    const { calls } = renderApp(
      routes,
      ({ url, method, body }) => {
        if (method === 'PATCH') latest = { ...latest, ...(body as object), version: latest.version + 1 };
        if (url.endsWith('/submit')) latest = { ...latest, status: 'submitted', version: latest.version + 1 };
        return Response.json(url.includes('/revisions') ? revisions(latest) : latest);
      },
      at,
    );
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Schools' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save and submit' }));
    expect(
      await screen.findByText('Your project has been submitted. You can still change it until the deadline.'),
    ).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PATCH' || call.url.endsWith('/submit')).map((c) => c.body)).toEqual([
      { version: 3, datasets: [{ datasetId: catalogue[0]!.id }] },
      { version: 4 },
    ]);
    expect(screen.getByRole('button', { name: 'Withdraw submission' })).toBeTruthy();
  });

  it('shows the saved version read-only once the deadline has passed', async () => {
    const closed = {
      ...event,
      phase: 'judging' as const,
      timeline: { ...event.timeline, submissionDeadline: '2026-05-21T16:00:00.000Z' },
    };
    function Closed() {
      const entries = useQuery({ queryKey: ['catalogue'], queryFn: async () => catalogue });
      return <SubmissionEditorPage event={closed} catalogue={entries} />;
    }
    renderApp(
      [{ path: '/events/:slug/team/submissions/:submissionId', Component: Closed }],
      ({ url }) => Response.json(url.includes('/revisions') ? revisions(v3) : v3),
      at,
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Submissions are locked' })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(
      screen.getByText('This submission was not submitted before the deadline, so it will not be judged.'),
    ).toBeTruthy();
  });
});
