import { AssignmentsPage } from '../../features/judging/components/assignments-page';
import { useConsoleEvent } from '../../lib/console-event';

/** `/events/:slug/organize/assignments` */
export function ConsoleAssignmentsRoute() {
  return <AssignmentsPage event={useConsoleEvent()} />;
}
