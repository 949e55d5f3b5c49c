import type { SubmissionStatus } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';

export function SubmissionStatusBadge({ status }: { status: SubmissionStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-status-${status}`}>{t(`submission.status.${status}`)}</span>;
}
