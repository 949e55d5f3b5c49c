import { EventScope } from '../../features/events/components/event-scope';
import { ConflictsPage } from '../../features/jury/components/conflicts-page';

/** `/events/:slug/jury/conflicts` */
export function JuryConflictsRoute() {
  return <EventScope>{(event) => <ConflictsPage event={event} />}</EventScope>;
}
