import type { EventDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On the event page: the way to the agenda. */
export function AgendaPanel({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="agenda-panel-heading" className="panel">
      <h2 id="agenda-panel-heading">{t('schedule.eventPanelTitle')}</h2>
      <p>{t('schedule.eventPanelIntro')}</p>
      <Link to={`/events/${event.slug}/agenda`} className="button">
        {t('schedule.openAgenda')}
      </Link>
    </section>
  );
}
