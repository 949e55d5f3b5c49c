import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

/** Shown instead of a page that failed to render or load, in the visitor's language. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <div role="alert" className="notice notice-error">
      <h1>{t('state.failedTitle')}</h1>
      <p>{t('state.error', { message: error instanceof Error ? error.message : String(error) })}</p>
      <Link to="/">{t('state.backHome')}</Link>
    </div>
  );
}
