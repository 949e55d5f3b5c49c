import type { AnnouncementDto } from '@hackboard/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventFixture } from '../../../testing/event-fixture';
import { renderApp } from '../../../testing/render-app';
import { ConsoleAnnouncementsPage } from './console-announcements-page';

const event = eventFixture({ phase: 'hacking' });
const earlier: AnnouncementDto = {
  id: '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918',
  eventId: event.id,
  body: 'Welcome!',
  author: { displayName: 'Olle' },
  createdAt: '2026-05-19T16:00:00.000Z',
  emailedTo: null,
};

const routes = [{ path: '/', element: <ConsoleAnnouncementsPage event={event} /> }];

describe('posting an announcement from the console', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('also mails it when asked, and says to how many', async () => {
    const { calls } = renderApp(
      routes,
      ({ method, body }) =>
        method === 'POST'
          ? Response.json(
              {
                ...earlier,
                id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
                body: (body as { body: string }).body,
                createdAt: '2026-05-20T10:00:00.000Z',
                emailedTo: 42,
              },
              { status: 201 },
            )
          : Response.json({ items: [earlier], total: 1, limit: 50, offset: 0 }),
      '/',
    );
    fireEvent.change(await screen.findByLabelText('Announcement'), { target: { value: 'Lunch is served.' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Also send by email' }));
    fireEvent.click(screen.getByRole('button', { name: 'Post announcement' }));
    expect(await screen.findByText('The announcement has been posted, and mailed to 42 people.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ body: 'Lunch is served.', email: true });
    const list = screen.getAllByRole('listitem');
    expect(within(list[0]!).getByText(/mailed to 42 people/)).toBeTruthy();
    expect(within(list[1]!).queryByText(/mailed to/)).toBeNull();
    expect((screen.getByRole('checkbox', { name: 'Also send by email' }) as HTMLInputElement).checked).toBe(false);
  });
});
