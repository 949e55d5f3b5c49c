import type { EventTimeline as Timeline } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';

const MILESTONES = [
  'registrationOpensAt',
  'hackingStartsAt',
  'submissionDeadline',
  'judgingEndsAt',
  'resultsPublishedAt',
] as const;

export function EventTimeline({ timeline, timezone }: { timeline: Timeline; timezone: string }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="timeline">
      {MILESTONES.filter((key) => timeline[key]).map((key) => (
        <div key={key} className="timeline-item">
          <dt>{t(`timeline.${key}`)}</dt>
          <dd>
            <time dateTime={timeline[key]!}>{formatDateTime(timeline[key]!, timezone, i18n.language)}</time>
          </dd>
        </div>
      ))}
    </dl>
  );
}
