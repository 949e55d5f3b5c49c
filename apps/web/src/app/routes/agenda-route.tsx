import { EventScope } from '../../features/events/components/event-scope';
import { AgendaPage } from '../../features/schedule/components/agenda-page';

/** `/events/:slug/agenda` */
export function AgendaRoute() {
  return <EventScope>{(event) => <AgendaPage event={event} />}</EventScope>;
}
