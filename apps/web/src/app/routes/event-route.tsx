import { AnnouncementsPanel } from '../../features/announcements/components/announcements-panel';
import { ChallengeCards } from '../../features/challenges/components/challenge-cards';
import { DatasetCatalogue } from '../../features/challenges/components/dataset-catalogue';
import { EventPage, type EventPageSections } from '../../features/events/components/event-page';
import { TicketPanel } from '../../features/check-in/components/ticket-panel';
import { MentoringPanel } from '../../features/mentoring/components/mentoring-panel';
import { AgendaPanel } from '../../features/schedule/components/agenda-panel';

const sections: EventPageSections = {
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
