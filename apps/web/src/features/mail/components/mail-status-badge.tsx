import type { MailStatus } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';

export function MailStatusBadge({ status }: { status: MailStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-mail-${status}`}>{t(`mailStatus.${status}`)}</span>;
}

/** Mail times in the reader's own timezone: the outbox belongs to no single event. */
export const LOCAL_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
