import type { EventRole } from '@hackboard/contracts';
import { SetMetadata } from '@nestjs/common';
import type { EventEntity } from '../events/event.entity.js';

/**
 * Who may call an endpoint. Every handler declares this; the access guard is the one place that
 * checks it. Event-scoped rules read the event from the `:event` route parameter (id or slug).
 *  - anyone: no account needed (an event-scoped endpoint still hides events that are not public)
 *  - signed-in: any account
 *  - admin: platform administrators
 *  - event-member: any role in the event
 *  - organizer | agency | jury | participant: that role in the event (admins count as organizers)
 */
export type AccessRule = 'anyone' | 'signed-in' | 'admin' | 'event-member' | EventRole;

export const ACCESS_RULES = 'hackboard:access-rules';

export const Allow = (...rules: [AccessRule, ...AccessRule[]]) => SetMetadata(ACCESS_RULES, rules);

/** The caller's standing in the event of the request, resolved once by the guard. */
export interface EventAccess {
  event: EventEntity;
  roles: ReadonlySet<EventRole>;
  /** Organizations the caller acts for as an agency member in this event. */
  organizationIds: readonly string[];
  isAdmin: boolean;
}

export function isOrganizer(access: EventAccess): boolean {
  return access.isAdmin || access.roles.has('organizer');
}

export function satisfies(rule: AccessRule, signedIn: boolean, isAdmin: boolean, access: EventAccess | null): boolean {
  switch (rule) {
    case 'anyone':
      return true;
    case 'signed-in':
      return signedIn;
    case 'admin':
      return isAdmin;
    case 'event-member':
      return access !== null && (isAdmin || access.roles.size > 0);
    case 'organizer':
      return access !== null && isOrganizer(access);
    default:
      return access !== null && access.roles.has(rule);
  }
}
