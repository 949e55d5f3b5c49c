import { ConsoleAnnouncementsPage } from '../../features/announcements/components/console-announcements-page';
import { useConsoleEvent } from '../../lib/console-event';

/** `/events/:slug/organize/announcements` */
export function ConsoleAnnouncementsRoute() {
  return <ConsoleAnnouncementsPage event={useConsoleEvent()} />;
}
