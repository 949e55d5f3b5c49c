import type { AnnouncementDto, EventDto, MeDto, ServerToClientMessages } from '@hackboard/contracts';
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, unauthenticated } from '../../../testing/render-app';
import { AnnouncementsPanel } from './announcements-panel';

const pushed = vi.hoisted(() => ({
  handlers: new Map<string, (message: unknown) => void>(),
  subscriptions: [] as string[],
}));

vi.mock('../../../lib/realtime', () => ({
  subscribeToEvent: (slug: string) => {
    pushed.subscriptions.push(slug);
    return () => {};
  },
  onMessage: (name: string, handler: (message: unknown) => void) => {
    pushed.handlers.set(name, handler);
    return () => pushed.handlers.delete(name);
  },
  onReconnect: () => () => {},
}));

const event = {
  id: '5b0c6f4e-4a3e-4f7e-9d51-6f5d7f0e2c11',
  slug: 'spring-hack',
  name: 'Spring Hack',
  timezone: 'Europe/Stockholm',
} as EventDto;

const me: MeDto = {
  id: '0d9c1f7e-3a59-4c1c-9d0e-2a1f7c3b8e11',
  email: 'pia@example.se',
  emailVerified: true,
  displayName: 'Pia',
  language: 'en',
  isAdmin: false,
  memberships: [
    { eventId: event.id, eventSlug: event.slug, eventName: event.name, role: 'participant', organizationId: null },
  ],
};

const older: AnnouncementDto = {
  id: '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918',
  eventId: event.id,
  body: 'Welcome to Spring Hack!',
  author: { displayName: 'Olle' },
  createdAt: '2026-05-19T16:00:00.000Z',
  emailedTo: null,
};
const newer: AnnouncementDto = {
  ...older,
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  body: 'Lunch is served.',
  createdAt: '2026-05-20T10:00:00.000Z',
};

const routes = [{ path: '/', element: <AnnouncementsPanel event={event} /> }];
const push = (message: AnnouncementDto) =>
  act(() => (pushed.handlers.get('announcement.posted') as ServerToClientMessages['announcement.posted'])(message));

describe('the announcements on the event page', () => {
  beforeEach(() => {
    pushed.handlers.clear();
    pushed.subscriptions.length = 0;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('puts a pushed announcement first and says only that one in the live region', async () => {
    renderApp(routes, ({ url }) =>
      url === '/api/auth/session'
        ? Response.json({ user: me })
        : Response.json({ items: [older], total: 1, limit: 100, offset: 0 }),
    );
    expect(await screen.findByText('Welcome to Spring Hack!')).toBeTruthy();
    expect(pushed.subscriptions).toEqual([event.slug]);
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');

    push(newer);
    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Lunch is served.'),
      expect.stringContaining('Welcome to Spring Hack!'),
    ]);
    expect(items[0]!.textContent).toContain('New');
    expect(live.textContent).toBe('New announcement, Wed, 20 May 2026, 12:00 CEST: Lunch is served.');
    expect(document.querySelectorAll('[aria-live="polite"]')).toHaveLength(1);

    // The same announcement arriving twice (pushed and fetched) is shown once.
    push(newer);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('ignores another event’s announcements', async () => {
    renderApp(routes, ({ url }) =>
      url === '/api/auth/session'
        ? Response.json({ user: me })
        : Response.json({ items: [], total: 0, limit: 100, offset: 0 }),
    );
    expect(await screen.findByText(/No announcements yet/)).toBeTruthy();
    push({ ...newer, eventId: '00000000-0000-4000-8000-000000000000' });
    expect(screen.queryByText('Lunch is served.')).toBeNull();
  });

  it('is not there for visitors, who cannot read announcements', async () => {
    const { calls } = renderApp(routes, () => unauthenticated());
    await vi.waitFor(() => expect(calls.some((call) => call.url === '/api/auth/session')).toBe(true));
    expect(screen.queryByRole('heading', { name: 'Announcements' })).toBeNull();
    expect(pushed.subscriptions).toEqual([]);
    expect(calls.some((call) => call.url.includes('/announcements'))).toBe(false);
  });
});
