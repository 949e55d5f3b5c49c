import { ChallengePage } from '../../features/challenges/components/challenge-page';
import { EventScope } from '../../features/events/components/event-scope';

/** `/events/:slug/challenges/:challengeId` */
export function ChallengeRoute() {
  return <EventScope>{(event) => <ChallengePage event={event} />}</EventScope>;
}
