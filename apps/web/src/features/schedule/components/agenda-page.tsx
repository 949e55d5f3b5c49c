import type { EventDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { canOrganize, rolesIn, useMe } from '../../../lib/session';
import { useNow } from '../../../lib/use-now';
import { type AgendaItem, agendaOf } from '../agenda';
import { calendarUrl, useSchedule } from '../api/get-schedule';
import { useLiveSchedule } from '../hooks/use-live-schedule';
import { AgendaEntry } from './agenda-entry';
import { SessionForm } from './session-form';
import '../schedule.css';

/** `/events/:slug/agenda`: what is on now and next, the whole agenda by day, and the calendar feed. */
export function AgendaPage({ event }: { event: EventDto }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const member = !!me.data && (me.data.isAdmin || rolesIn(me.data, event.id).length > 0);
  const organizer = canOrganize(me.data, event.id);
  const schedule = useSchedule(event.slug);
  useLiveSchedule(event, member);
  const now = useNow();
  const feed = calendarUrl(event.slug, i18n.language);
  const webcal = `webcal://${globalThis.location?.host ?? ''}${feed}`;

  return (
    <article className="agenda">
      <title>{`${t('schedule.title')} – ${event.name} – ${t('app.name')}`}</title>
      <header className="page-header">
        <p className="eyebrow">
          <Link to={`/events/${event.slug}`}>{event.name}</Link>
        </p>
        <h1>{t('schedule.title')}</h1>
        <p className="muted">{t('events.timezoneNote', { timezone: event.timezone })}</p>
      </header>
      <QueryState query={schedule}>
        {(data) => {
          const agenda = agendaOf(data, now);
          const entry = (item: AgendaItem, withDay = false) => (
            <AgendaEntry
              event={event}
              item={item}
              withDay={withDay}
              organizer={organizer}
              nowLive={agenda.now.some((current) => current.id === item.id)}
            />
          );
          return (
            <>
              <section aria-labelledby="agenda-now-heading" className="panel agenda-now">
                <h2 id="agenda-now-heading">{t('schedule.now')}</h2>
                {agenda.now.length === 0 ? (
                  <p>{t('schedule.nothingNow')}</p>
                ) : (
                  <ul className="agenda-list">
                    {agenda.now.map((item) => (
                      <li key={item.id}>{entry(item)}</li>
                    ))}
                  </ul>
                )}
                <h2 id="agenda-next-heading">{t('schedule.next')}</h2>
                {agenda.next.length === 0 ? (
                  <p>{t('schedule.nothingNext')}</p>
                ) : (
                  <ul className="agenda-list" aria-labelledby="agenda-next-heading">
                    {agenda.next.map((item) => (
                      <li key={item.id}>{entry(item, true)}</li>
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby="agenda-all-heading">
                <h2 id="agenda-all-heading">{t('schedule.all')}</h2>
                {agenda.days.length === 0 && <p className="empty">{t('schedule.empty')}</p>}
                {agenda.days.map((day) => (
                  <section key={day.date} aria-labelledby={`agenda-day-${day.date}`} className="agenda-day">
                    <h3 id={`agenda-day-${day.date}`}>
                      {day.date === agenda.today && <span className="badge badge-hacking">{t('schedule.today')}</span>}{' '}
                      {new Intl.DateTimeFormat(i18n.language === 'sv' ? 'sv-SE' : 'en-GB', {
                        weekday: 'long',
                        day: 'numeric',
                        month: 'long',
                        timeZone: 'UTC',
                      }).format(new Date(`${day.date}T12:00:00Z`))}
                    </h3>
                    <ul className="agenda-list">
                      {day.items.map((item) => (
                        <li key={item.id}>{entry(item)}</li>
                      ))}
                    </ul>
                  </section>
                ))}
              </section>
            </>
          );
        }}
      </QueryState>
      <section aria-labelledby="agenda-feed-heading" className="panel">
        <h2 id="agenda-feed-heading">{t('schedule.feedTitle')}</h2>
        <p>{t('schedule.feedIntro')}</p>
        <div className="button-row">
          <a className="button" href={webcal}>
            {t('schedule.subscribe')}
          </a>
          <a className="button button-secondary" href={feed} download={`${event.slug}.ics`}>
            {t('schedule.download')}
          </a>
        </div>
        <p className="small break">
          {t('schedule.feedAddress')} <code>{`${globalThis.location?.origin ?? ''}${feed}`}</code>
        </p>
      </section>
      {organizer && <SessionForm event={event} />}
    </article>
  );
}
