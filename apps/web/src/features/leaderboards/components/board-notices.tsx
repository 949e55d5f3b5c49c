import type { EventDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';

export type Refusal = 'hidden' | 'frozen' | 'not-found';

/** Why a board cannot be shown, when the API refuses it on purpose; null for other errors. */
export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.code) {
    case 'LEADERBOARD_HIDDEN':
      return 'hidden';
    case 'SNAPSHOT_UNAVAILABLE':
    case 'LEADERBOARD_FROZEN':
      return 'frozen';
    case 'LEADERBOARD_NOT_FOUND':
    case 'AUDIENCE_VOTE_OFF':
      return 'not-found';
    default:
      return null;
  }
}

export function BoardRefusal({ refusal, event }: { refusal: Refusal; event: EventDto }) {
  const { t, i18n } = useTranslation();
  if (refusal === 'hidden') {
    const publishedAt = event.timeline.resultsPublishedAt;
    return (
      <div className="notice notice-info board-state">
        <h3>{t('leaderboards.hidden.title')}</h3>
        <p>{t('leaderboards.hidden.body')}</p>
        {publishedAt && (
          <p>
            {t('leaderboards.hidden.publishedAt', {
              date: formatDateTime(publishedAt, event.timezone, i18n.language),
            })}
          </p>
        )}
      </div>
    );
  }
  if (refusal === 'frozen') {
    return (
      <div className="notice notice-info board-state">
        <h3>{t('leaderboards.frozen.title')}</h3>
        <p>{t('leaderboards.frozen.unavailable')}</p>
      </div>
    );
  }
  return <p className="empty">{t('leaderboards.notFound')}</p>;
}

/** What the board in view is: frozen or published results, or the live board (and, for organizers, what others see). */
export function BoardStatus({
  event,
  snapshot,
  generatedAt,
  organizer,
}: {
  event: EventDto;
  snapshot: 'frozen' | 'published' | null;
  generatedAt: string | null;
  organizer: boolean;
}) {
  const { t, i18n } = useTranslation();
  const at = generatedAt ? formatDateTime(generatedAt, event.timezone, i18n.language) : '';
  if (snapshot === 'published') {
    return (
      <p className="notice notice-success">
        {at ? t('leaderboards.published', { date: at }) : t('leaderboards.publishedPlain')}
      </p>
    );
  }
  if (snapshot === 'frozen') {
    return (
      <div className="notice notice-info">
        <p>
          <strong>{t('leaderboards.frozen.title')}</strong>{' '}
          {at ? t('leaderboards.frozen.body', { date: at }) : t('leaderboards.frozen.bodyPlain')}
        </p>
      </div>
    );
  }
  if (organizer && event.phase === 'published') {
    return <p className="notice notice-info">{t('leaderboards.organizerPublished')}</p>;
  }
  if (organizer) {
    return (
      <p className="notice notice-info">
        {t('leaderboards.organizerView')} {t(`leaderboards.visibility.${event.leaderboardVisibility}`)}
      </p>
    );
  }
  return <p className="muted">{t('leaderboards.live.note')}</p>;
}
