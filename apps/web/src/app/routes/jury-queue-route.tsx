import { EventScope } from '../../features/events/components/event-scope';
import { JuryQueuePage } from '../../features/jury/components/jury-queue-page';

/** `/events/:slug/jury` */
export function JuryQueueRoute() {
  return <EventScope>{(event) => <JuryQueuePage event={event} />}</EventScope>;
}
