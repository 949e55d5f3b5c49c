import type { OrganizationKind } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';

export function OrganizationKindBadge({ kind }: { kind: OrganizationKind }) {
  const { t } = useTranslation();
  return <span className={`badge badge-org badge-org-${kind}`}>{t(`organizationKind.${kind}`)}</span>;
}
