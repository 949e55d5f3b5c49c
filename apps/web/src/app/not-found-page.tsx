import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('state.notFoundTitle')} – ${t('app.name')}`}</title>
      <h1>{t('state.notFoundTitle')}</h1>
      <p>{t('state.notFoundBody')}</p>
      <Link to="/">{t('state.backHome')}</Link>
    </>
  );
}
