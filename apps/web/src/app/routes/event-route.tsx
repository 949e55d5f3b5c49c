import { AnnouncementsPanel } from '../../features/announcements/components/announcements-panel';
import { ChallengeCards } from '../../features/challenges/components/challenge-cards';
import { DatasetCatalogue } from '../../features/challenges/components/dataset-catalogue';
import { EventPage, type EventPageSections } from '../../features/events/components/event-page';
import { TicketPanel } from '../../features/check-in/components/ticket-panel';
import { MentoringPanel } from '../../features/mentoring/components/mentoring-panel';
import { AgendaPanel } from '../../features/schedule/components/agenda-panel';
import { picturePaths } from '../../features/pictures/api/pictures';
import { Picture } from '../../features/pictures/components/picture';

const sections: EventPageSections = {
  banner: (event) => (
    <Picture
      path={picturePaths.banner(event.slug)}
      sizes="(min-width: 64rem) 64rem, 100vw"
      className="event-banner"
      lazy={false}
    />
  ),
  announcements: (event) => <AnnouncementsPanel event={event} />,
  eventDay: (event) => (
    <>
      <TicketPanel event={event} />
      <AgendaPanel event={event} />
      <MentoringPanel event={event} />
    </>
  ),
  challenges: (event) => (
    <>
      <ChallengeCards event={event} />
      <DatasetCatalogue event={event} />
    </>
  ),
};

/** `/events/:slug`: the event with its announcements, challenges and data sets. */
export function EventRoute() {
  return <EventPage sections={sections} />;
}
