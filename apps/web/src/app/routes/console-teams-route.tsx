import { ConsoleTeamsPage } from '../../features/teams/components/console-teams-page';
import { useConsoleEvent } from '../../lib/console-event';

/** `/events/:slug/organize/teams` */
export function ConsoleTeamsRoute() {
  return <ConsoleTeamsPage event={useConsoleEvent()} />;
}
