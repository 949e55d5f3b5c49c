import type { ReviewStatus } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';

export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-review-${status}`}>{t(`jury.status.${status}`)}</span>;
}
