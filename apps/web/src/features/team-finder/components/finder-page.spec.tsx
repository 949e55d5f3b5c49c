import type { EventDto, MeDto, SuggestionsDto, TeamListingDto } from '@hackboard/contracts';
import i18next from 'i18next';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import englishFinder from '../../../locales/en/finder.json';
import swedishFinder from '../../../locales/sv/finder.json';
import { renderApp } from '../../../testing/render-app';
import { FinderPage } from './finder-page';

const event = {
  id: '5b0c6f4e-4a3e-4f7e-9d51-6f5d7f0e2c11',
  slug: 'spring-hack',
  name: 'Spring Hack',
  maxTeamSize: 3,
  timezone: 'Europe/Stockholm',
} as EventDto;

const me = (role: 'participant' | 'organizer'): MeDto => ({
  id: '11111111-1111-4111-8111-111111111111',
  email: 'alva@example.se',
  emailVerified: true,
  displayName: 'Alva',
  language: 'en',
  isAdmin: false,
  memberships: [{ eventId: event.id, eventSlug: event.slug, eventName: event.name, role, organizationId: null }],
});

const listing: TeamListingDto = {
  teamId: '22222222-2222-4222-8222-222222222222',
  name: 'Skolvägen',
  size: 2,
  maxSize: 3,
  lookingForMembers: true,
  wantedSkills: ['Design'],
  missingSkills: ['Design'],
  pitch: 'A map of safe routes.',
  challengeIds: [],
  languages: ['sv'],
};

const routes = [{ path: '/events/:slug/finder', element: <FinderPage event={event} /> }];

describe('the team finder page', () => {
  beforeAll(() => {
    i18next.addResourceBundle('en', 'common', englishFinder, true, true);
    i18next.addResourceBundle('sv', 'common', swedishFinder, true, true);
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await i18next.changeLanguage('en');
  });

  it('shows someone without a team the best-matching teams and sends their ask', async () => {
    const suggestions: SuggestionsDto = {
      teams: [
        {
          team: listing,
          suggestion: { score: 70, coveredSkills: ['Design'], sharedChallengeIds: [], sharedLanguages: ['sv'] },
        },
      ],
      people: [],
    };
    const { calls } = renderApp(
      routes,
      ({ url, method }) => {
        if (url === '/api/auth/session') return Response.json({ user: me('participant') });
        if (url.endsWith('/finder/profile')) {
          return Response.json({
            userId: me('participant').id,
            displayName: 'Alva',
            skills: ['Design'],
            tags: [],
            bio: '',
            languages: ['sv'],
            lookingForTeam: true,
            wantsToWorkOn: '',
            challengeIds: [],
            teamId: null,
            updatedAt: null,
          });
        }
        if (url.endsWith('/finder/settings')) return Response.json({ skills: ['Design', 'Data'] });
        if (url.endsWith('/finder/suggestions')) return Response.json(suggestions);
        if (url.endsWith('/finder/requests')) return Response.json({ items: [] });
        if (method === 'POST' && url.endsWith(`/teams/${listing.teamId}/requests`)) {
          return Response.json({ id: '33333333-3333-4333-8333-333333333333' }, { status: 201 });
        }
        return Response.json({ code: 'NOT_FOUND', message: 'Not found' }, { status: 404 });
      },
      '/events/spring-hack/finder',
    );
    const card = await screen.findByRole('article', { name: 'Skolvägen' });
    expect(card.textContent).toContain('match 70 of 100');
    expect(card.textContent).toContain('You bring: Design');
    expect((screen.getByLabelText('Design') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Ask to join Skolvägen' }));
    expect(await screen.findByText('Your request to join Skolvägen is sent.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({
      url: `/api/events/spring-hack/finder/teams/${listing.teamId}/requests`,
      body: { message: '' },
    });
  });

  it('lets an organizer form a team from participants without one, in Swedish', async () => {
    await i18next.changeLanguage('sv');
    const people = [
      {
        userId: '44444444-4444-4444-8444-444444444444',
        displayName: 'Bo',
        hasProfile: true,
        lookingForTeam: true,
        skills: ['Data'],
      },
      {
        userId: '55555555-5555-4555-8555-555555555555',
        displayName: 'Cai',
        hasProfile: false,
        lookingForTeam: false,
        skills: [],
      },
    ];
    const { calls } = renderApp(
      routes,
      ({ url, method }) => {
        if (url === '/api/auth/session') return Response.json({ user: me('organizer') });
        if (url.includes('/finder/unteamed')) return Response.json({ items: people, total: 2, limit: 100, offset: 0 });
        if (method === 'POST' && url.endsWith('/finder/form-team')) {
          return Response.json({ name: 'Nya laget', size: 2 }, { status: 201 });
        }
        return Response.json({ code: 'NOT_FOUND', message: 'Not found' }, { status: 404 });
      },
      '/events/spring-hack/finder',
    );
    fireEvent.click(await screen.findByLabelText('Bo (Data) – söker lag'));
    fireEvent.click(screen.getByLabelText('Cai'));
    fireEvent.change(screen.getByLabelText('Det nya lagets namn'), { target: { value: 'Nya laget' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bilda lag' }));
    await waitFor(() => expect(screen.getByText('Nya laget är bildat med 2 medlemmar.')).toBeTruthy());
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      name: 'Nya laget',
      userIds: people.map((person) => person.userId),
    });
  });

  it('filters teams by skill, language and challenge, and saves the challenges the person is interested in', async () => {
    const challenges = [
      { id: '44444444-4444-4444-8444-444444444444', title: 'Safer routes to school' },
      { id: '55555555-5555-4555-8555-555555555555', title: 'Cleaner air' },
    ];
    const profile = {
      userId: me('participant').id,
      displayName: 'Alva',
      skills: [],
      tags: [],
      bio: '',
      languages: ['sv'],
      lookingForTeam: true,
      wantsToWorkOn: '',
      challengeIds: [challenges[0]!.id],
      teamId: null,
      updatedAt: null,
    };
    const { calls } = renderApp(
      [{ path: '/events/:slug/finder', element: <FinderPage event={event} challenges={challenges} /> }],
      ({ url, method, body }) => {
        if (url === '/api/auth/session') return Response.json({ user: me('participant') });
        if (url.endsWith('/finder/profile'))
          return Response.json(method === 'PUT' ? { ...profile, ...(body as object) } : profile);
        if (url.endsWith('/finder/settings')) return Response.json({ skills: [] });
        if (url.endsWith('/finder/suggestions')) return Response.json({ teams: [], people: [] });
        if (url.endsWith('/finder/requests')) return Response.json({ items: [] });
        if (url.includes('/finder/teams?')) {
          const wanted = url.includes(`challengeId=${challenges[1]!.id}`) && url.includes('language=en');
          return Response.json({
            items: wanted ? [{ ...listing, challengeIds: [challenges[1]!.id] }] : [],
            total: wanted ? 1 : 0,
            limit: 100,
            offset: 0,
          });
        }
        return Response.json({ code: 'NOT_FOUND', message: 'Not found' }, { status: 404 });
      },
      '/events/spring-hack/finder',
    );
    expect(await screen.findByText('No team is looking for members right now.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'EN' } });
    fireEvent.change(screen.getByLabelText('Challenge'), { target: { value: challenges[1]!.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Filter' }));
    expect(await screen.findByRole('heading', { name: 'Skolvägen' })).toBeTruthy();
    const asked = calls.find((call) => call.url.includes('/finder/teams?'))!.url;
    expect(new URL(asked, 'http://x').searchParams.get('language')).toBe('en');
    expect(asked).not.toContain('skill=');

    // The profile lists the event's challenges; the one saved before is ticked.
    const interested = screen.getByRole('group', { name: 'Challenges you are interested in' });
    expect(screen.getByLabelText<HTMLInputElement>('Safer routes to school').checked).toBe(true);
    expect(interested.textContent).toContain('Cleaner air');
    fireEvent.click(screen.getByLabelText('Cleaner air'));
    fireEvent.click(screen.getByLabelText('Safer routes to school'));
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
    expect((calls.find((call) => call.method === 'PUT')!.body as { challengeIds: string[] }).challengeIds).toEqual([
      challenges[1]!.id,
    ]);
  });
});
