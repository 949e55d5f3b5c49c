import { CheckInPage } from '../../features/check-in/components/check-in-page';
import { EventScope } from '../../features/events/components/event-scope';

/** `/events/:slug/check-in` */
export function CheckInRoute() {
  return <EventScope>{(event) => <CheckInPage event={event} />}</EventScope>;
}
