import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Loading and error states for a query, announced politely; renders children once data is there. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <p role="status" className="muted">
        {t('state.loading')}
      </p>
    );
  }
  if (query.isError) {
    return (
      <div role="alert" className="notice notice-error">
        <p>{t('state.error', { message: query.error.message })}</p>
        <button type="button" onClick={() => void query.refetch()}>
          {t('state.retry')}
        </button>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
