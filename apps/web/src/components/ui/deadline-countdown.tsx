import { useTranslation } from 'react-i18next';
import { formatTimeLeft } from '../../lib/duration';
import { formatDateTime } from '../../lib/format';

/**
 * The submission deadline in the event's timezone with the time left, or that it has passed.
 * Not a live region: it changes every minute and is read when the user gets to it.
 */
export function DeadlineCountdown({ deadline, timezone, now }: { deadline: string; timezone: string; now: number }) {
  const { t, i18n } = useTranslation();
  const left = Date.parse(deadline) - now;
  const at = <time dateTime={deadline}>{formatDateTime(deadline, timezone, i18n.language)}</time>;
  return (
    <p className={`deadline${left > 0 && left < 3_600_000 ? ' deadline-soon' : ''}`}>
      {left > 0 ? (
        <>
          <strong>{t('deadline.left', { duration: formatTimeLeft(left, t) })}</strong>{' '}
          <span className="muted">
            {t('deadline.at')} {at}
          </span>
        </>
      ) : (
        <>
          <strong>{t('deadline.passed')}</strong> <span className="muted">{at}</span>
        </>
      )}
    </p>
  );
}
