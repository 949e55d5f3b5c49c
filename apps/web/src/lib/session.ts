import type { EventRole, MeDto, SessionDto } from '@hackboard/contracts';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, apiRequest } from './api-client';
import { reconnectRealtime } from './realtime';

export const ME_QUERY_KEY = ['me'] as const;

/**
 * The signed-in user, or null for a visitor. A visitor costs one answer; an expired access token
 * is refreshed once, and a 401 after that means the session is over.
 */
export async function getMe(): Promise<MeDto | null> {
  try {
    return (await apiRequest<SessionDto>('/auth/session')).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQuery = () =>
  queryOptions({
    queryKey: ME_QUERY_KEY,
    queryFn: getMe,
    staleTime: 5 * 60_000,
  });

export const useMe = () => useQuery(meQuery());

/** The roles the user holds in one event, in a stable order. */
export function rolesIn(me: MeDto | null | undefined, eventId: string): EventRole[] {
  const order: EventRole[] = ['organizer', 'agency', 'jury', 'participant', 'volunteer', 'mentor'];
  const held = new Set(me?.memberships.filter((m) => m.eventId === eventId).map((m) => m.role) ?? []);
  return order.filter((role) => held.has(role));
}

/** Admins count as organizers of every event, as the API decides. */
export function canOrganize(me: MeDto | null | undefined, eventId: string): boolean {
  return !!me && (me.isAdmin || rolesIn(me, eventId).includes('organizer'));
}

/** The organizations the user posts challenges for in one event, as a challenge owner (agency member). */
export function agencyOrganizationsIn(me: MeDto | null | undefined, eventId: string): string[] {
  const ids = me?.memberships
    .filter((m) => m.eventId === eventId && m.role === 'agency' && m.organizationId)
    .map((m) => m.organizationId!);
  return [...new Set(ids ?? [])];
}

/** Platform admins and organizers of any event may create events. */
export function canCreateEvents(me: MeDto | null | undefined): boolean {
  return !!me && (me.isAdmin || me.memberships.some((m) => m.role === 'organizer'));
}

/** A path inside the app to return to after signing in; anything else falls back. */
export function safeNextPath(next: string | null | undefined, fallback = '/my-events'): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}

/**
 * After sign-in or registration: data seen as a visitor is fetched again. The interface keeps the
 * language this browser shows (the visitor's choice, or their browser's); the account's language is
 * what its mails are written in, and the profile changes both.
 */
export function applySignedIn(queryClient: QueryClient, me: MeDto): void {
  queryClient.setQueryData(ME_QUERY_KEY, me);
  void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
  reconnectRealtime();
}

/** After sign-out nothing fetched for the user may stay in memory. */
export function applySignedOut(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
  queryClient.setQueryData(ME_QUERY_KEY, null);
  reconnectRealtime();
}
