import type { AnnouncementDto } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';

/** One announcement: when, by whom, and what (plain text, line breaks kept). */
export function AnnouncementItem({
  announcement,
  timezone,
  fresh = false,
  showEmailed = false,
}: {
  announcement: AnnouncementDto;
  timezone: string;
  fresh?: boolean;
  /** For its organizers: how many it was also mailed to. */
  showEmailed?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <article className={`announcement${fresh ? ' announcement-fresh' : ''}`}>
      <p className="announcement-meta">
        {fresh && <span className="badge badge-new">{t('announcements.newBadge')}</span>}
        <time dateTime={announcement.createdAt}>{formatDateTime(announcement.createdAt, timezone, i18n.language)}</time>
        {' · '}
        {announcement.author?.displayName ?? t('announcements.organizers')}
        {showEmailed && announcement.emailedTo !== null && (
          <>
            {' · '}
            {t('announcements.emailedTo', { count: announcement.emailedTo })}
          </>
        )}
      </p>
      <p className="announcement-body">{announcement.body}</p>
    </article>
  );
}
