import { ChallengeEditorPage } from '../../features/challenges/components/challenge-editor-page';
import { EventScope } from '../../features/events/components/event-scope';
import { OrganizationField } from '../../features/organizations/components/organization-field';

/** `/events/:slug/challenges/new` and `/events/:slug/challenges/:challengeId/edit` */
export function ChallengeEditorRoute() {
  return (
    <EventScope>
      {(event) => (
        <ChallengeEditorPage event={event} renderOrganizationField={(field) => <OrganizationField {...field} />} />
      )}
    </EventScope>
  );
}
