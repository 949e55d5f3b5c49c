import { EventScope } from '../../features/events/components/event-scope';
import { FinderPage } from '../../features/team-finder/components/finder-page';

/** `/events/:slug/finder`: profiles and the team finder of one event. */
export function FinderRoute() {
  return <EventScope>{(event) => <FinderPage event={event} />}</EventScope>;
}
