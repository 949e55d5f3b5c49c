import type { EventDto, MeDto, TeamDto } from '@hackboard/contracts';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { renderApp, unauthenticated } from '../../../testing/render-app';
import { TeamPage } from './team-page';
import { eventFixture } from '../../../testing/event-fixture';

const event: EventDto = eventFixture({
  phase: 'hacking',
  leaderboardVisibility: 'live',
  timeline: { submissionDeadline: '2099-05-21T16:00:00.000Z', judgingEndsAt: '2099-05-23T16:00:00.000Z' },
});

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

const team: TeamDto = {
  id: '3c2b1a09-8f7e-4d6c-8b5a-493827160504',
  eventId: event.id,
  name: 'Data Divers',
  size: 2,
  maxSize: 5,
  inviteCode: 'ABCDEFGHJKLM',
  captainId: me.id,
  members: [
    { userId: me.id, displayName: 'Pia', isCaptain: true, joinedAt: '2026-05-19T16:00:00.000Z' },
    {
      userId: '2f1e0d9c-8b7a-4695-a4b3-c2d1e0f9a8b7',
      displayName: 'Ali',
      isCaptain: false,
      joinedAt: '2026-05-19T17:00:00.000Z',
    },
  ],
  createdAt: '2026-05-19T16:00:00.000Z',
};

const page = (props: { code?: boolean } = {}) => [
  {
    path: props.code ? '/events/:slug/join/:code' : '/events/:slug/team',
    Component: function Route() {
      const code = props.code ? 'ABCDEFGHJKLM' : undefined;
      return <TeamPage event={event} inviteCode={code} joinEvent={async () => {}} submissions={() => null} />;
    },
  },
  { path: '/events/:slug/team', element: <h1>Team home</h1> },
];

const notInTeam = () => Response.json({ code: 'NOT_IN_TEAM', message: 'You are not in a team.' }, { status: 404 });

describe('my team', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    act(() => setLanguage('en'));
  });

  it('asks a visitor with a join link to sign in or register, coming back to the link', async () => {
    renderApp(page({ code: true }), () => unauthenticated(), '/events/spring-hack/join/ABCDEFGHJKLM');
    expect(await screen.findByRole('heading', { name: 'You are invited to join a team' })).toBeTruthy();
    expect(screen.getByText('ABCD-EFGH-JKLM')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe(
      '/register?next=%2Fevents%2Fspring-hack%2Fjoin%2FABCDEFGHJKLM',
    );
  });

  it('fills in the code from the join link and joins with it', async () => {
    const { calls } = renderApp(
      page({ code: true }),
      ({ url, method }) => {
        if (url === '/api/auth/session') return Response.json({ user: me });
        if (method === 'POST') return Response.json(team);
        return notInTeam();
      },
      '/events/spring-hack/join/ABCDEFGHJKLM',
    );
    const code = (await screen.findByLabelText('Invite code')) as HTMLInputElement;
    expect(code.value).toBe('ABCD-EFGH-JKLM');
    fireEvent.click(screen.getByRole('button', { name: 'Join team' }));
    expect(await screen.findByRole('heading', { name: 'Team home' })).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      url: '/api/events/spring-hack/teams/join',
      body: { inviteCode: 'ABCDEFGHJKLM' },
    });
  });

  it('says next to the field when the code matches no team', async () => {
    renderApp(
      page(),
      ({ url, method }) => {
        if (url === '/api/auth/session') return Response.json({ user: me });
        if (method === 'POST') {
          return Response.json(
            {
              code: 'INVITE_CODE_INVALID',
              message: 'No team in this event has this invite code.',
              fields: { inviteCode: 'matches no team in this event' },
            },
            { status: 404 },
          );
        }
        return notInTeam();
      },
      '/events/spring-hack/team',
    );
    fireEvent.change(await screen.findByLabelText('Invite code'), {
      target: { value: 'https://hack.example.se/events/spring-hack/join/ZZZZ-ZZZZ-ZZZZ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join team' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe(
      'Invite code: No team in this event has this code. Check it, or ask for a new one.',
    );
    expect(screen.getByLabelText('Invite code').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the members with the captain, and copies the invite link with a polite confirmation', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...globalThis.navigator, clipboard: { writeText } });
    renderApp(
      page(),
      ({ url }) => Response.json(url === '/api/auth/session' ? { user: me } : team),
      '/events/spring-hack/team',
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Data Divers' })).toBeTruthy();
    const captain = screen.getByText('Captain').closest('li')!;
    expect(captain.textContent).toBe('Pia (you)Captain');
    const link = (screen.getByLabelText('Invite link') as HTMLInputElement).value;
    expect(link).toMatch(/\/events\/spring-hack\/join\/ABCDEFGHJKLM$/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy invite link' }));
    expect(await screen.findByText('The invite link has been copied.')).toBeTruthy();
    expect(screen.getByText('The invite link has been copied.').closest('[role="status"]')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(link);
  });
});
