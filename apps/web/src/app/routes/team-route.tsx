import type { EventDto } from '@hackboard/contracts';
import { useParams } from 'react-router';
import { useChallenges } from '../../features/challenges/api/get-challenges';
import { useJoinEvent } from '../../features/events/api/join-event';
import { EventScope } from '../../features/events/components/event-scope';
import { TeamSubmissions } from '../../features/submissions/components/team-submissions';
import { TeamPage } from '../../features/teams/components/team-page';
import { useNow } from '../../lib/use-now';

function Team({ event }: { event: EventDto }) {
  const { code } = useParams();
  const joinEvent = useJoinEvent(event.slug);
  const challenges = useChallenges(event.slug);
  const now = useNow();
  const locked = now >= Date.parse(event.timeline.submissionDeadline);
  return (
    <TeamPage
      event={event}
      inviteCode={code}
      joinEvent={() => joinEvent.mutateAsync()}
      submissions={(team) => <TeamSubmissions event={event} team={team} challenges={challenges.data} locked={locked} />}
    />
  );
}

/** `/events/:slug/team`, and the team join link `/events/:slug/join/:code`. */
export function TeamRoute() {
  return <EventScope>{(event) => <Team event={event} />}</EventScope>;
}
