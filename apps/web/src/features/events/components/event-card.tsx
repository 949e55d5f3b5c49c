import type { EventSummaryDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhaseBadge } from '../../../components/ui/phase-badge';
import { formatDate } from '../../../lib/format';

export function EventCard({ event }: { event: EventSummaryDto }) {
  const { t, i18n } = useTranslation();
  const start = formatDate(event.timeline.hackingStartsAt, event.timezone, i18n.language);
  const end = formatDate(event.timeline.submissionDeadline, event.timezone, i18n.language);
  return (
    <article className="card">
      <h2 className="card-title">
        <Link to={`/events/${event.slug}`}>{event.name}</Link>
      </h2>
      <PhaseBadge phase={event.phase} />
      {event.tagline && <p>{event.tagline}</p>}
      <p className="muted">{t('events.hackingPeriod', { start, end })}</p>
    </article>
  );
}
