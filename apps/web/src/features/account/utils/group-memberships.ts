import type { EventRole, MembershipDto } from '@hackboard/contracts';

export interface EventMemberships {
  eventId: string;
  eventSlug: string;
  eventName: string;
  roles: EventRole[];
}

const ROLE_ORDER: EventRole[] = ['organizer', 'agency', 'jury', 'participant', 'volunteer', 'mentor'];

/** Memberships grouped by event, in the order the user got them, with roles in a stable order. */
export function groupByEvent(memberships: readonly MembershipDto[]): EventMemberships[] {
  const byEvent = new Map<string, EventMemberships>();
  for (const membership of memberships) {
    const entry = byEvent.get(membership.eventId) ?? {
      eventId: membership.eventId,
      eventSlug: membership.eventSlug,
      eventName: membership.eventName,
      roles: [],
    };
    if (!entry.roles.includes(membership.role)) entry.roles.push(membership.role);
    byEvent.set(membership.eventId, entry);
  }
  return [...byEvent.values()].map((entry) => ({
    ...entry,
    roles: ROLE_ORDER.filter((role) => entry.roles.includes(role)),
  }));
}
