import type { EventRole } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';

export function RoleBadge({ role }: { role: EventRole }) {
  const { t } = useTranslation();
  return <span className={`badge badge-role badge-role-${role}`}>{t(`role.${role}`)}</span>;
}
