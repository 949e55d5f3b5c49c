import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PhaseBadge } from '../../../components/ui/phase-badge';
import { QueryState } from '../../../components/ui/query-state';
import { ApiError } from '../../../lib/api-client';
import { renderMarkdown } from '../../../lib/markdown';
import { useEvent } from '../api/get-event';
import { EventTimeline } from './event-timeline';

export function EventPage() {
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
      {(data) => (
        <article>
          <title>{`${data.name} – ${t('app.name')}`}</title>
          <header className="page-header">
            <h1>{data.name}</h1>
            <PhaseBadge phase={data.phase} />
            {data.tagline && <p className="lead">{data.tagline}</p>}
          </header>
          <section aria-labelledby="about-heading">
            <h2 id="about-heading">{t('events.about')}</h2>
            <div className="prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(data.description) }} />
            <p>{t('events.maxTeamSize', { count: data.maxTeamSize })}</p>
          </section>
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t('events.timeline')}</h2>
            <p className="muted">{t('events.timezoneNote', { timezone: data.timezone })}</p>
            <EventTimeline timeline={data.timeline} timezone={data.timezone} />
          </section>
        </article>
      )}
    </QueryState>
  );
}
