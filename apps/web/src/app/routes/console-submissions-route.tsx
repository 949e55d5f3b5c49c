import { useChallenges } from '../../features/challenges/api/get-challenges';
import { ConsoleSubmissionsPage } from '../../features/submissions/components/console-submissions-page';
import { useConsoleEvent } from '../../lib/console-event';

/** `/events/:slug/organize/submissions` */
export function ConsoleSubmissionsRoute() {
  const event = useConsoleEvent();
  const challenges = useChallenges(event.slug);
  return <ConsoleSubmissionsPage event={event} challenges={challenges.data ?? []} />;
}
