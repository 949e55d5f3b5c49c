import type { EventDto } from '@hackboard/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../lib/api-client';

/** The title, breadcrumbs and heading every juror page shares; `trail` links lead back up. */
export function JuryPageFrame({
  event,
  title,
  trail = [],
  children,
}: {
  event: EventDto;
  title: string;
  trail?: { to: string; label: string }[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <article className="jury-page">
      <title>{`${title} – ${event.name} – ${t('app.name')}`}</title>
      <nav aria-label={t('nav.breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link to={`/events/${event.slug}`}>{event.name}</Link>
          </li>
          {trail.map((step) => (
            <li key={step.to}>
              <Link to={step.to}>{step.label}</Link>
            </li>
          ))}
        </ol>
      </nav>
      {children}
    </article>
  );
}

/** A 403 from the juror's endpoints: the signed-in person is not on this event's jury. */
export function isNotJuror(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && error.code === 'FORBIDDEN';
}

export function NotJuror({ event }: { event: EventDto }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-info">
      <p>{t('jury.notJuror')}</p>
      <Link to={`/events/${event.slug}`}>{t('jury.backToEvent')}</Link>
    </div>
  );
}
