import type { EventDto } from '@hackboard/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MarkdownContent } from '../../../components/ui/markdown-content';
import { PhaseBadge } from '../../../components/ui/phase-badge';
import { QueryState } from '../../../components/ui/query-state';
import { ApiError } from '../../../lib/api-client';
import { rolesIn, useMe } from '../../../lib/session';
import { useNow } from '../../../lib/use-now';
import { useEvent } from '../api/get-event';
import { useLivePhase } from '../hooks/use-live-phase';
import { EventTimeline } from './event-timeline';
import { MilestoneCountdown } from './milestone-countdown';
import { Participation } from './participation';

/** Parts of the event page other features provide; the app puts them together. */
export interface EventPageSections {
  /** For the event's members: the organizers' announcements. */
  announcements?: (event: EventDto) => ReactNode;
  /** The challenges and their open data. */
  challenges?: (event: EventDto) => ReactNode;
  /** The event day: the agenda, and the caller's ticket. */
  eventDay?: (event: EventDto) => ReactNode;
  /** The event's banner, above its name. */
  banner?: (event: EventDto) => ReactNode;
}

export function EventPage({ sections = {} }: { sections?: EventPageSections }) {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const event = useEvent(slug);
  if (event.error instanceof ApiError && event.error.status === 404) {
    return (
      <>
        <title>{`${t('state.notFoundTitle')} – ${t('app.name')}`}</title>
        <h1>{t('state.notFoundTitle')}</h1>
        <p>{t('events.notFound')}</p>
        <Link to="/">{t('state.backHome')}</Link>
      </>
    );
  }
  return (
    <QueryState query={event}>
      {(data) => <EventDetails event={data} sections={sections} onMilestonePassed={() => void event.refetch()} />}
    </QueryState>
  );
}

function EventDetails({
  event,
  sections,
  onMilestonePassed,
}: {
  event: EventDto;
  sections: EventPageSections;
  onMilestonePassed: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const member = !!me.data && (me.data.isAdmin || rolesIn(me.data, event.id).length > 0);
  const juror = rolesIn(me.data, event.id).includes('jury');
  // Members have a socket open for announcements anyway; a phase moved by an organizer shows at once.
  useLivePhase(event, member);
  const now = useNow();
  const deadlinePassed = Date.parse(event.timeline.submissionDeadline) <= now;

  return (
    <article>
      <title>{`${event.name} – ${t('app.name')}`}</title>
      <header className="page-header">
        {sections.banner?.(event)}
        <h1>{event.name}</h1>
        <PhaseBadge phase={event.phase} />
        {event.tagline && <p className="lead">{event.tagline}</p>}
        <MilestoneCountdown timeline={event.timeline} timezone={event.timezone} onMilestonePassed={onMilestonePassed} />
      </header>
      <Participation event={event} />
      {sections.eventDay?.(event)}
      {juror && (
        <section aria-labelledby="jury-heading" className="panel">
          <h2 id="jury-heading">{t('jury.eventPanel.title')}</h2>
          <p>{t('jury.eventPanel.intro')}</p>
          <Link to={`/events/${event.slug}/jury`} className="button">
            {t('jury.eventPanel.open')}
          </Link>
        </section>
      )}
      {sections.announcements?.(event)}
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t('events.about')}</h2>
        <MarkdownContent source={event.description} />
        <p>{t('events.maxTeamSize', { count: event.maxTeamSize })}</p>
      </section>
      {deadlinePassed && event.phase !== 'draft' && (
        <section aria-labelledby="gallery-heading" className="panel">
          <h2 id="gallery-heading">{t('events.projectsTitle')}</h2>
          <p>{t('events.projectsIntro')}</p>
          <Link to={`/events/${event.slug}/gallery`} className="button">
            {t('events.openGallery')}
          </Link>
        </section>
      )}
      {deadlinePassed && event.phase !== 'draft' && (
        <section aria-labelledby="results-heading" className="panel">
          <h2 id="results-heading">{t('leaderboards.eventPanel.title')}</h2>
          <p>{t('leaderboards.eventPanel.intro')}</p>
          <Link to={`/events/${event.slug}/results`} className="button">
            {t('leaderboards.eventPanel.open')}
          </Link>
        </section>
      )}
      {sections.challenges?.(event)}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('events.timeline')}</h2>
        <p className="muted">{t('events.timezoneNote', { timezone: event.timezone })}</p>
        <EventTimeline timeline={event.timeline} timezone={event.timezone} />
      </section>
    </article>
  );
}
