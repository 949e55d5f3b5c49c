import { EventScope } from '../../features/events/components/event-scope';
import { ScoringPage } from '../../features/jury/components/scoring-page';

/** `/events/:slug/jury/rounds/:roundId/submissions/:submissionId` */
export function JuryScoringRoute() {
  return <EventScope>{(event) => <ScoringPage event={event} />}</EventScope>;
}
