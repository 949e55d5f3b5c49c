import type { EventDto } from '@hackboard/contracts';
import { useChallenges } from '../../features/challenges/api/get-challenges';
import { OwnChallengesPage } from '../../features/challenges/components/own-challenges-page';
import { EventScope } from '../../features/events/components/event-scope';
import { ReceivedSubmissions } from '../../features/submissions/components/received-submissions';
import { picturePaths } from '../../features/pictures/api/pictures';
import { PictureUploader } from '../../features/pictures/components/picture-uploader';
import { agencyOrganizationsIn, useMe } from '../../lib/session';

function OwnChallenges({ event }: { event: EventDto }) {
  const me = useMe();
  const challenges = useChallenges(event.slug);
  const organizations = agencyOrganizationsIn(me.data, event.id);
  const own = (challenges.data ?? []).filter((challenge) => organizations.includes(challenge.organization.id));
  // Each organization the user speaks for, named as its challenges name it.
  const named = new Map(own.map((challenge) => [challenge.organization.id, challenge.organization.name]));
  return (
    <>
      <OwnChallengesPage
        event={event}
        submissions={organizations.length > 0 && <ReceivedSubmissions event={event} challenges={own} />}
      />
      {[...named].map(([id, name]) => (
        <PictureUploader key={id} kind="logo" path={picturePaths.logo(id)} name={name} />
      ))}
    </>
  );
}

/** `/events/:slug/challenges/manage`: "Our challenges" for challenge owners. */
export function OwnChallengesRoute() {
  return <EventScope>{(event) => <OwnChallenges event={event} />}</EventScope>;
}
