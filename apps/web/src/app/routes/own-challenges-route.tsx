import type { EventDto } from '@hackboard/contracts';
import { useChallenges } from '../../features/challenges/api/get-challenges';
import { OwnChallengesPage } from '../../features/challenges/components/own-challenges-page';
import { EventScope } from '../../features/events/components/event-scope';
import { ReceivedSubmissions } from '../../features/submissions/components/received-submissions';
import { agencyOrganizationsIn, useMe } from '../../lib/session';

function OwnChallenges({ event }: { event: EventDto }) {
  const me = useMe();
  const challenges = useChallenges(event.slug);
  const organizations = agencyOrganizationsIn(me.data, event.id);
  const own = (challenges.data ?? []).filter((challenge) => organizations.includes(challenge.organization.id));
  return (
    <OwnChallengesPage
      event={event}
      submissions={organizations.length > 0 && <ReceivedSubmissions event={event} challenges={own} />}
    />
  );
}

/** `/events/:slug/challenges/manage`: "Our challenges" for challenge owners. */
export function OwnChallengesRoute() {
  return <EventScope>{(event) => <OwnChallenges event={event} />}</EventScope>;
}
