import { useTranslation } from 'react-i18next';

/** A console page's title: its area, the event, the app. */
export function ConsoleTitle({ area, event }: { area: string; event: string }) {
  const { t } = useTranslation();
  return <title>{`${area} – ${event} – ${t('organize.console')} – ${t('app.name')}`}</title>;
}
