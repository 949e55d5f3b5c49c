import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { useEvents } from '../api/get-events';
import { EventCard } from './event-card';

export function EventsPage() {
  const { t } = useTranslation();
  const events = useEvents();
  return (
    <>
      <title>{`${t('events.title')} – ${t('app.name')}`}</title>
      <h1>{t('events.title')}</h1>
      <p className="lead">{t('events.intro')}</p>
      <QueryState query={events}>
        {(page) =>
          page.items.length === 0 ? (
            <p className="empty">{t('events.empty')}</p>
          ) : (
            <section aria-label={t('events.count', { count: page.total })}>
              <ul className="card-list">
                {page.items.map((event) => (
                  <li key={event.id}>
                    <EventCard event={event} />
                  </li>
                ))}
              </ul>
            </section>
          )
        }
      </QueryState>
    </>
  );
}
