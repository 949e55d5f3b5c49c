import type { EventDto } from '@hackboard/contracts';
import { useChallenges } from '../../features/challenges/api/get-challenges';
import { EventScope } from '../../features/events/components/event-scope';
import { FinderPage } from '../../features/team-finder/components/finder-page';

function Finder({ event }: { event: EventDto }) {
  const challenges = useChallenges(event.slug);
  return <FinderPage event={event} challenges={challenges.data ?? []} />;
}

/** `/events/:slug/finder`: profiles and the team finder of one event, with its challenges to filter by. */
export function FinderRoute() {
  return <EventScope>{(event) => <Finder event={event} />}</EventScope>;
}
