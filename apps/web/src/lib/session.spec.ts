import type { MeDto } from '@hackboard/contracts';
import { QueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from './i18n';
import { ME_QUERY_KEY, applySignedIn, canCreateEvents, canOrganize, getMe, rolesIn, safeNextPath } from './session';

const me: MeDto = {
  id: '0d9c1f7e-3a59-4c1c-9d0e-2a1f7c3b8e11',
  email: 'anna@example.se',
  emailVerified: true,
  displayName: 'Anna',
  language: 'sv',
  isAdmin: false,
  memberships: [
    { eventId: 'e1', eventSlug: 'one', eventName: 'One', role: 'participant', organizationId: null },
    { eventId: 'e1', eventSlug: 'one', eventName: 'One', role: 'organizer', organizationId: null },
    { eventId: 'e2', eventSlug: 'two', eventName: 'Two', role: 'jury', organizationId: null },
  ],
};

describe('the session', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is null for a visitor after one request, and the user for someone signed in', async () => {
    const visitor = vi.fn(async (_url: string) => Response.json({ user: null }));
    vi.stubGlobal('fetch', visitor);
    await expect(getMe()).resolves.toBeNull();
    expect(visitor.mock.calls.map(([url]) => url)).toEqual(['/api/auth/session']);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ user: me })),
    );
    await expect(getMe()).resolves.toEqual(me);
  });

  it('keeps the language the visitor reads in after signing in to an account set to another one', () => {
    setLanguage('en');
    const queryClient = new QueryClient();
    applySignedIn(queryClient, { ...me, language: 'sv' });
    expect(i18next.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(queryClient.getQueryData(ME_QUERY_KEY)).toMatchObject({ language: 'sv' });
  });

  it('is null once a refresh of an expired session could not help', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ code: 'UNAUTHENTICATED', message: 'Sign in.' }, { status: 401 })),
    );
    await expect(getMe()).resolves.toBeNull();
  });

  it('fails on other errors, so a broken server is not mistaken for being signed out', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ code: 'INTERNAL', message: 'Oops.' }, { status: 500 })),
    );
    await expect(getMe()).rejects.toMatchObject({ status: 500 });
  });

  it('lists the roles in one event in a stable order', () => {
    expect(rolesIn(me, 'e1')).toEqual(['organizer', 'participant']);
    expect(rolesIn(me, 'e3')).toEqual([]);
    expect(rolesIn(null, 'e1')).toEqual([]);
  });

  it('lets organizers and admins organize, and create events', () => {
    expect(canOrganize(me, 'e1')).toBe(true);
    expect(canOrganize(me, 'e2')).toBe(false);
    expect(canOrganize({ ...me, isAdmin: true, memberships: [] }, 'e2')).toBe(true);
    expect(canCreateEvents(me)).toBe(true);
    expect(canCreateEvents({ ...me, memberships: me.memberships.slice(2) })).toBe(false);
    expect(canCreateEvents(null)).toBe(false);
  });

  it('returns after sign-in only to paths inside the app', () => {
    expect(safeNextPath('/events/x/organize')).toBe('/events/x/organize');
    expect(safeNextPath('//evil.example')).toBe('/my-events');
    expect(safeNextPath('https://evil.example')).toBe('/my-events');
    expect(safeNextPath(null)).toBe('/my-events');
  });
});
