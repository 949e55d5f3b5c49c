import type { EventPhase } from '@hackboard/contracts';
import { useTranslation } from 'react-i18next';

export function PhaseBadge({ phase }: { phase: EventPhase }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${phase}`}>{t(`phase.${phase}`)}</span>;
}
