import type { EventTimeline } from '@hackboard/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { formatTimeLeft } from '../../../lib/duration';
import { useNow } from '../../../lib/use-now';
import { nextMilestone } from '../utils/milestones';

/**
 * Time left until the next milestone, renewed every minute. It is deliberately not a live region:
 * a screen reader reads it when the user gets there, not on every tick.
 */
export function MilestoneCountdown({
  timeline,
  timezone,
  onMilestonePassed,
}: {
  timeline: EventTimeline;
  timezone: string;
  onMilestonePassed?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const next = nextMilestone(timeline, now);
  const previous = useRef(next?.key);
  useEffect(() => {
    if (previous.current !== next?.key) {
      previous.current = next?.key;
      onMilestonePassed?.();
    }
  }, [next?.key, onMilestonePassed]);
  if (!next) return null;

  const duration = formatTimeLeft(Date.parse(next.at) - now, t);
  return (
    <p className="countdown">
      <span className="countdown-label">{t('countdown.in', { milestone: t(`timeline.${next.key}`), duration })}</span>{' '}
      <span className="muted">
        (<time dateTime={next.at}>{formatDateTime(next.at, timezone, i18n.language)}</time>)
      </span>
    </p>
  );
}
