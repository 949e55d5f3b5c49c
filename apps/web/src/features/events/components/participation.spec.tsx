import type { EventDto, MeDto } from '@hackboard/contracts';
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { renderApp, unauthenticated } from '../../../testing/render-app';
import { EventPage } from './event-page';
import { eventFixture } from '../../../testing/event-fixture';

const event: EventDto = eventFixture({
  slug: 'open-data-hack-2026',
  name: 'Open Data Hack Södertälje 2026',
  tagline: 'Build on open data.',
  description: 'A weekend of **open data**.',
  phase: 'registration',
  leaderboardVisibility: 'live',
  timeline: {
    hackingStartsAt: '2099-05-19T16:00:00.000Z',
    submissionDeadline: '2099-05-21T16:00:00.000Z',
    judgingEndsAt: '2099-05-23T16:00:00.000Z',
  },
});

const me: MeDto = {
  id: '0d9c1f7e-3a59-4c1c-9d0e-2a1f7c3b8e11',
  email: 'anna@example.se',
  emailVerified: true,
  displayName: 'Anna',
  language: 'en',
  isAdmin: false,
  memberships: [],
};

const routes = [{ path: '/events/:slug', Component: EventPage }];
const at = '/events/open-data-hack-2026';

describe('taking part in an event', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    act(() => setLanguage('en'));
  });

  it('invites a visitor to sign in or register, coming back to the event', async () => {
    renderApp(routes, ({ url }) => (url.startsWith('/api/auth') ? unauthenticated() : Response.json(event)), at);
    const signIn = await screen.findByRole('link', { name: 'Sign in' });
    expect(signIn.getAttribute('href')).toBe('/sign-in?next=%2Fevents%2Fopen-data-hack-2026');
    expect(screen.queryByRole('button', { name: 'Join as participant' })).toBeNull();
  });

  it('lets a signed-in user without a role join as a participant, then shows the role', async () => {
    let joined = false;
    const { calls } = renderApp(
      routes,
      ({ url, method }) => {
        if (url === '/api/auth/session') {
          const membership = {
            eventId: event.id,
            eventSlug: event.slug,
            eventName: event.name,
            role: 'participant',
            organizationId: null,
          };
          return Response.json({ user: { ...me, memberships: joined ? [membership] : [] } });
        }
        if (url === `/api/events/${event.slug}/join` && method === 'POST') {
          joined = true;
          return Response.json(event);
        }
        if (url === `/api/events/${event.slug}/teams/mine`) {
          return Response.json({ code: 'NOT_IN_TEAM', message: 'You are not in a team.' }, { status: 404 });
        }
        return Response.json(event);
      },
      at,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Join as participant' }));
    expect(await screen.findByText('Participant')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'You have joined Open Data Hack Södertälje 2026 as a participant.',
    );
    expect(document.activeElement?.textContent).toBe('Take part');
    // Without a team yet, the way is to find or start one.
    expect(await screen.findByRole('link', { name: 'Find or start a team' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'My team' })).toBeNull();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual([
      `/api/events/${event.slug}/join`,
    ]);
  });

  it('says why joining failed', async () => {
    renderApp(
      routes,
      ({ url }) => {
        if (url === '/api/auth/session') return Response.json({ user: me });
        if (url.endsWith('/join')) {
          return Response.json(
            { code: 'REGISTRATION_CLOSED', message: 'Registration for this event is not open.' },
            { status: 409 },
          );
        }
        return Response.json(event);
      },
      at,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Join as participant' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Registration for this event is not open.');
  });

  it('offers a new confirmation link when the event lets in only confirmed addresses', async () => {
    const { calls } = renderApp(
      routes,
      ({ url }) => {
        if (url === '/api/auth/session') return Response.json({ user: { ...me, emailVerified: false } });
        if (url.endsWith('/join')) {
          return Response.json(
            { code: 'EMAIL_NOT_VERIFIED', message: 'Confirm your email address first.' },
            { status: 403 },
          );
        }
        if (url === '/api/auth/verify-email/resend') return Response.json({ sent: true }, { status: 202 });
        return Response.json({ ...event, requireVerifiedEmail: true });
      },
      at,
    );
    // Said before joining is even tried, then again beside the refusal.
    expect(await screen.findByText(/Open the link we mailed you first/)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Join as participant' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This event lets in only people who have confirmed their email address.',
    );
    expect(screen.getByText(/then try again/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send the confirmation link again' }));
    expect(await screen.findByText('We have sent a new confirmation link. Open it, then come back here.')).toBeTruthy();
    expect(calls.filter((call) => call.url === '/api/auth/verify-email/resend').map((call) => call.method)).toEqual([
      'POST',
    ]);
  });

  it('shows an organizer their roles and the way to the console, and a countdown', async () => {
    renderApp(
      routes,
      ({ url }) =>
        url === '/api/auth/session'
          ? Response.json({
              user: {
                ...me,
                memberships: [
                  {
                    eventId: event.id,
                    eventSlug: event.slug,
                    eventName: event.name,
                    role: 'organizer',
                    organizationId: null,
                  },
                ],
              },
            })
          : Response.json(event),
      at,
    );
    expect(await screen.findByText('Organizer')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Organizer console' }).getAttribute('href')).toBe(
      '/events/open-data-hack-2026/organize',
    );
    expect(screen.queryByRole('button', { name: 'Join as participant' })).toBeNull();
    expect(screen.getByText(/^Hacking starts in \d+ days/)).toBeTruthy();
  });
});
