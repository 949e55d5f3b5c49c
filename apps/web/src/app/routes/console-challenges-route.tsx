import { ConsoleChallengesPage } from '../../features/challenges/components/console-challenges-page';
import { useConsoleEvent } from '../../lib/console-event';

/** `/events/:slug/organize/challenges` */
export function ConsoleChallengesRoute() {
  return <ConsoleChallengesPage event={useConsoleEvent()} />;
}
