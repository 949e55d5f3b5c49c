import type { EventPageDto } from '@hackboard/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { createQueryClient } from '../../../lib/query-client';
import { EventsPage } from './events-page';

const page: EventPageDto = {
  items: [
    {
      id: '5b0c6f4e-4a3e-4f7e-9d51-6f5d7f0e2c11',
      slug: 'open-data-hack-2026',
      name: 'Open Data Hack Södertälje 2026',
      tagline: 'Build on open data.',
      timezone: 'Europe/Stockholm',
      phase: 'hacking',
      timeline: {
        registrationOpensAt: '2026-05-01T08:00:00.000Z',
        hackingStartsAt: '2026-05-19T16:00:00.000Z',
        submissionDeadline: '2026-05-21T16:00:00.000Z',
        judgingEndsAt: '2026-05-23T16:00:00.000Z',
        resultsPublishedAt: null,
      },
    },
  ],
  total: 1,
  limit: 50,
  offset: 0,
};

function renderPage(answer: () => Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(answer));
  const router = createMemoryRouter([{ path: '/', Component: EventsPage }]);
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('the events page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    act(() => setLanguage('en'));
  });

  it('lists the public events with their phase and dates in the event timezone', async () => {
    renderPage(async () => Response.json(page));
    const link = await screen.findByRole('link', { name: 'Open Data Hack Södertälje 2026' });
    expect(link.getAttribute('href')).toBe('/events/open-data-hack-2026');
    expect(screen.getByText('Hacking')).toBeTruthy();
    expect(screen.getByText('Hacking 19 May 2026 – 21 May 2026')).toBeTruthy();
  });

  it('speaks Swedish when the language is switched', async () => {
    renderPage(async () => Response.json(page));
    await screen.findByRole('link', { name: 'Open Data Hack Södertälje 2026' });
    act(() => setLanguage('sv'));
    expect(await screen.findByText('Hackande pågår')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Hackathons');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('says so when no event is published', async () => {
    renderPage(async () => Response.json({ ...page, items: [], total: 0 }));
    expect(await screen.findByText('No events have been published yet.')).toBeTruthy();
  });

  it('shows the API error and lets the visitor try again', async () => {
    renderPage(async () =>
      Response.json({ code: 'SERVICE_UNAVAILABLE', message: 'The database is not reachable.' }, { status: 503 }),
    );
    expect(await screen.findByRole('alert', {}, { timeout: 5_000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
