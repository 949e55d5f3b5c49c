import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { RoleBadge } from '../../../components/ui/role-badge';
import { canCreateEvents, useMe } from '../../../lib/session';
import { groupByEvent } from '../utils/group-memberships';

export function MyEventsPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <title>{`${t('account.myEventsTitle')} – ${t('app.name')}`}</title>
      <div className="page-heading-row">
        <h1>{t('account.myEventsTitle')}</h1>
        {canCreateEvents(me.data) && (
          <Link to="/events/new" className="button">
            {t('account.createEvent')}
          </Link>
        )}
      </div>
      <QueryState query={me}>
        {(data) => {
          const events = groupByEvent(data?.memberships ?? []);
          if (events.length === 0) {
            return (
              <div className="empty">
                <p>{t('account.myEventsEmpty')}</p>
                <Link to="/">{t('account.browseEvents')}</Link>
              </div>
            );
          }
          return (
            <ul className="card-list">
              {events.map((event) => (
                <li key={event.eventId}>
                  <article className="card">
                    <h2 className="card-title">
                      <Link to={`/events/${event.eventSlug}`}>{event.eventName}</Link>
                    </h2>
                    <p className="badge-row">
                      <span className="visually-hidden">{t('account.yourRoles')} </span>
                      {event.roles.map((role) => (
                        <RoleBadge key={role} role={role} />
                      ))}
                    </p>
                    {(event.roles.length > 0 || data?.isAdmin) && (
                      <ul className="plain-list">
                        {event.roles.includes('jury') && (
                          <li>
                            <Link to={`/events/${event.eventSlug}/jury`}>
                              {t('jury.openQueue')}
                              <span className="visually-hidden"> – {event.eventName}</span>
                            </Link>
                          </li>
                        )}
                        {event.roles.includes('participant') && (
                          <li>
                            <Link to={`/events/${event.eventSlug}/team`}>
                              {t('account.openTeam')}
                              <span className="visually-hidden"> – {event.eventName}</span>
                            </Link>
                          </li>
                        )}
                        {event.roles.includes('agency') && (
                          <li>
                            <Link to={`/events/${event.eventSlug}/challenges/manage`}>
                              {t('account.openOwnChallenges')}
                              <span className="visually-hidden"> – {event.eventName}</span>
                            </Link>
                          </li>
                        )}
                        {(event.roles.includes('organizer') || data?.isAdmin) && (
                          <li>
                            <Link to={`/events/${event.eventSlug}/organize`}>
                              {t('account.openConsole')}
                              <span className="visually-hidden"> – {event.eventName}</span>
                            </Link>
                          </li>
                        )}
                      </ul>
                    )}
                  </article>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
    </>
  );
}
