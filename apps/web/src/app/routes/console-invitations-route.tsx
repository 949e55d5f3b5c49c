import { useMemo } from 'react';
import { InvitationsPage } from '../../features/invitations/components/invitations-page';
import { useOrganizations } from '../../features/organizations/api/get-organizations';
import { OrganizationField } from '../../features/organizations/components/organization-field';
import { useConsoleEvent } from '../../lib/console-event';

/** `/events/:slug/organize/invitations`, with organizations registered in place for challenge owners. */
export function ConsoleInvitationsRoute() {
  const event = useConsoleEvent();
  const organizations = useOrganizations();
  const names = useMemo(
    () => (organizations.data ? new Map(organizations.data.map((org) => [org.id, org.name])) : undefined),
    [organizations.data],
  );
  return (
    <InvitationsPage
      event={event}
      organizationNames={names}
      renderOrganizationField={(field) => <OrganizationField {...field} />}
    />
  );
}
