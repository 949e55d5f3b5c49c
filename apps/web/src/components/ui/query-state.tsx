import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Loading and error states for a query, announced politely; renders children once data is there.
 * A failed refresh of data already shown keeps it on screen with a notice: whatever the user was
 * typing next to it is not lost.
 */
export function QueryState<T>({
  query,
  children,
}: {
  /** A query or an infinite query: only its state is read. */
  query: Pick<UseQueryResult<T>, 'isPending' | 'isError' | 'error' | 'data' | 'refetch'>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <p role="status" className="muted">
        {t('state.loading')}
      </p>
    );
  }
  const retry = (
    <button type="button" onClick={() => void query.refetch()}>
      {t('state.retry')}
    </button>
  );
  if (query.isError && query.data === undefined) {
    return (
      <div role="alert" className="notice notice-error">
        <p>{t('state.error', { message: query.error?.message ?? '' })}</p>
        {retry}
      </div>
    );
  }
  return (
    <>
      {query.isError && (
        <div className="notice notice-error">
          <p>{t('state.staleError', { message: query.error?.message ?? '' })}</p>
          {retry}
        </div>
      )}
      {children(query.data as T)}
    </>
  );
}
