import { useChallenges } from '../../features/challenges/api/get-challenges';
import { RoundsPage } from '../../features/judging/components/rounds-page';
import { useConsoleEvent } from '../../lib/console-event';

/** `/events/:slug/organize/rounds` */
export function ConsoleRoundsRoute() {
  const event = useConsoleEvent();
  const challenges = useChallenges(event.slug);
  return <RoundsPage event={event} challenges={challenges.data ?? []} />;
}
