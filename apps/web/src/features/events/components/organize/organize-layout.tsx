import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { PhaseBadge } from '../../../../components/ui/phase-badge';
import { QueryState } from '../../../../components/ui/query-state';
import { ApiError } from '../../../../lib/api-client';
import { canOrganize, useMe } from '../../../../lib/session';
import { useEvent } from '../../api/get-event';

/** The organizer console: the event's name, a tab per area, and the area's page. */
export function OrganizeLayout() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const event = useEvent(slug);
  const me = useMe();

  if (event.error instanceof ApiError && (event.error.status === 404 || event.error.status === 403)) {
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
      {(data) =>
        !canOrganize(me.data, data.id) ? (
          <>
            <title>{`${t('organize.noAccessTitle')} – ${data.name} – ${t('app.name')}`}</title>
            <h1>{t('organize.noAccessTitle')}</h1>
            <p>{t('organize.noAccess', { event: data.name })}</p>
            <Link to={`/events/${data.slug}`}>{t('organize.viewPublicPage')}</Link>
          </>
        ) : (
          <div className="console">
            <header className="page-header">
              <p className="eyebrow">{t('organize.console')}</p>
              <h1>{data.name}</h1>
              <p className="badge-row">
                <PhaseBadge phase={data.phase} />
                <Link to={`/events/${data.slug}`}>{t('organize.viewPublicPage')}</Link>
              </p>
              {!data.isPublic && <p className="notice notice-info">{t('organize.draftNotice')}</p>}
            </header>
            <nav aria-label={t('organize.areas')} className="tabs">
              <ul>
                {(
                  [
                    ['', 'settings'],
                    ['/phase', 'phase'],
                    ['/challenges', 'challenges'],
                    ['/teams', 'teams'],
                    ['/submissions', 'submissions'],
                    ['/announcements', 'announcements'],
                    ['/messages', 'messages'],
                    ['/criteria', 'criteria'],
                    ['/rounds', 'rounds'],
                    ['/assignments', 'assignments'],
                    ['/results', 'results'],
                    ['/invitations', 'invitations'],
                    ['/members', 'members'],
                    ['/audit', 'audit'],
                  ] as const
                ).map(([path, area]) => (
                  <li key={area}>
                    <NavLink to={`/events/${data.slug}/organize${path}`} end>
                      {t(`organize.${area}.tab`)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="console-body">
              <Outlet context={data} />
            </div>
          </div>
        )
      }
    </QueryState>
  );
}
