import { EventScope } from '../../features/events/components/event-scope';
import { ComparePage } from '../../features/jury/components/compare-page';

/** `/events/:slug/jury/rounds/:roundId/compare` */
export function JuryCompareRoute() {
  return <EventScope>{(event) => <ComparePage event={event} />}</EventScope>;
}
