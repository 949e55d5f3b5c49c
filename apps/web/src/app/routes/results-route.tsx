import type { EventDto } from '@hackboard/contracts';
import { useChallenges } from '../../features/challenges/api/get-challenges';
import { EventScope } from '../../features/events/components/event-scope';
import { ResultsPage } from '../../features/leaderboards/components/results-page';

function Results({ event }: { event: EventDto }) {
  const challenges = useChallenges(event.slug);
  return <ResultsPage event={event} challenges={challenges.data} />;
}

/** `/events/:slug/results` */
export function ResultsRoute() {
  return <EventScope>{(event) => <Results event={event} />}</EventScope>;
}
