import type { InvitedRole } from '@hackboard/contracts';

/** The one-time link to hand to the invited person, on the origin the app is served from. */
export function invitationUrl(origin: string, acceptPath: string): string {
  // Leading slashes are dropped first: "//other.example" must not become another site's address.
  const base = new URL(origin);
  return new URL(`/${acceptPath.replace(/^[/\\]+/, '')}`, base.origin).href;
}

/** The path of the invitation page for a token. */
export function invitationPath(token: string): string {
  return `/invitations/${encodeURIComponent(token)}`;
}

/** Where the new role is used first, once accepted. */
export function placeForRole(role: InvitedRole, slug: string): string {
  switch (role) {
    case 'organizer':
      return `/events/${slug}/organize`;
    case 'agency':
      return `/events/${slug}/challenges/manage`;
    case 'jury':
      return `/events/${slug}/jury`;
    case 'volunteer':
      return `/events/${slug}/check-in`;
    case 'mentor':
      return `/events/${slug}/mentoring`;
  }
}
