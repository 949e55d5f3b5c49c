import { EventScope } from '../../features/events/components/event-scope';
import { MentoringPage } from '../../features/mentoring/components/mentoring-page';

/** `/events/:slug/mentoring` */
export function MentoringRoute() {
  return <EventScope>{(event) => <MentoringPage event={event} />}</EventScope>;
}
