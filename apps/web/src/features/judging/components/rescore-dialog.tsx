import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';

/**
 * Asked when the API refuses a rubric change because jurors have already scored with it: going on
 * deletes the values that no longer fit, and those jurors score again.
 */
export function RescoreDialog({
  open,
  change,
  busy,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  change: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={open}
      danger
      title={t('judging.rescore.title')}
      confirmLabel={t('judging.rescore.confirm')}
      cancelLabel={t('form.cancel')}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('judging.rescore.change', { change })}</p>
      <p>{t('judging.rescore.body')}</p>
      <p>{t('judging.rescore.audit')}</p>
    </ConfirmDialog>
  );
}
