import { useTranslation } from 'react-i18next';

export function AccessibilityStatementPage() {
  const { t } = useTranslation();
  return (
    <article className="prose">
      <title>{`${t('a11y.title')} – ${t('app.name')}`}</title>
      <h1>{t('a11y.title')}</h1>
      <p>{t('a11y.intro')}</p>
      <h2>{t('a11y.statusTitle')}</h2>
      <p>{t('a11y.status')}</p>
      <h2>{t('a11y.reportTitle')}</h2>
      <p>{t('a11y.report')}</p>
      <h2>{t('a11y.enforcementTitle')}</h2>
      <p>{t('a11y.enforcement')}</p>
    </article>
  );
}
