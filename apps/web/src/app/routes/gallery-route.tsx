import type { EventDto } from '@hackboard/contracts';
import { useChallenges } from '../../features/challenges/api/get-challenges';
import { EventScope } from '../../features/events/components/event-scope';
import { AudienceVoteButton } from '../../features/leaderboards/components/audience-vote-button';
import { GalleryPage } from '../../features/submissions/components/gallery-page';

function Gallery({ event }: { event: EventDto }) {
  const challenges = useChallenges(event.slug);
  return (
    <GalleryPage
      event={event}
      challenges={challenges.data}
      projectActions={(project) => (
        <AudienceVoteButton
          event={event}
          challengeId={project.challenge.id}
          submissionId={project.id}
          title={project.title}
        />
      )}
    />
  );
}

/** `/events/:slug/gallery` */
export function GalleryRoute() {
  return <EventScope>{(event) => <Gallery event={event} />}</EventScope>;
}
