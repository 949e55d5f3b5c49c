import { useChallenges } from '../../features/challenges/api/get-challenges';
import { CriteriaPage } from '../../features/judging/components/criteria-page';
import { useConsoleEvent } from '../../lib/console-event';

/** `/events/:slug/organize/criteria` */
export function ConsoleCriteriaRoute() {
  const event = useConsoleEvent();
  const challenges = useChallenges(event.slug);
  return <CriteriaPage event={event} challenges={challenges.data ?? []} />;
}
