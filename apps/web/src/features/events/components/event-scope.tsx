import type { EventDto } from '@hackboard/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { ApiError } from '../../../lib/api-client';
import { useEvent } from '../api/get-event';

/**
 * Loads the event of the route's `:slug` for a page about it (a challenge, the gallery, a team),
 * with the not-found, loading and error states every such page shares.
 */
export function EventScope({ children }: { children: (event: EventDto) => ReactNode }) {
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
  return <QueryState query={event}>{children}</QueryState>;
}
