import type { EventDto } from '@hackboard/contracts';
import { useChallenges } from '../../features/challenges/api/get-challenges';
import { EventScope } from '../../features/events/components/event-scope';
import { MainImage } from '../../features/project-images/components/main-image';
import { BigScreenPage } from '../../features/leaderboards/components/big-screen-page';

function BigScreen({ event }: { event: EventDto }) {
  const challenges = useChallenges(event.slug);
  // Waits for the challenges, so the boards to rotate through are known from the start.
  if (challenges.isPending) return null;
  return (
    <BigScreenPage
      event={event}
      challenges={challenges.data ?? []}
      projectImage={(submissionId) => <MainImage eventSlug={event.slug} submissionId={submissionId} />}
    />
  );
}

/** `/events/:slug/big-screen`: outside the site layout, for a projector. */
export function BigScreenRoute() {
  return <EventScope>{(event) => <BigScreen event={event} />}</EventScope>;
}
