import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/useI18n';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

function ErrorPanel({ error, retry, retrying }: { error: Error; retry: () => void; retrying: boolean }) {
  const { t } = useI18n();
  const code = error instanceof ApiError ? error.code : 'unknown';
  return (
    <section className="state-panel state-panel--error" role="alert">
      <h2>{t.states.errorTitle}</h2>
      <p>{t.states.errorHint}</p>
      <p className="state-panel__detail">{t.states.errorDetail(code, error.message)}</p>
      <button type="button" className="button" onClick={retry} disabled={retrying}>
        {t.states.retry}
      </button>
    </section>
  );
}

/**
 * Loading, error (with retry) and empty states around a query's content. When a refresh fails
 * but earlier data is at hand, the data stays on screen under the error, rather than vanishing.
 */
export function QueryState<T>({ query, isEmpty, children }: QueryStateProps<T>) {
  const { t } = useI18n();
  if (query.isPending) {
    return (
      <div className="state-panel" role="status">
        <span className="spinner" aria-hidden="true" />
        {t.states.loading}
      </div>
    );
  }
  const retry = () => void query.refetch();
  const errorPanel = query.isError ? <ErrorPanel error={query.error} retry={retry} retrying={query.isFetching} /> : null;
  if (query.data === undefined) return errorPanel;
  return (
    <>
      {errorPanel}
      {isEmpty?.(query.data) ? (
        <section className="state-panel">
          <h2>{t.states.emptyTitle}</h2>
          <p>{t.states.emptyHint}</p>
        </section>
      ) : (
        children(query.data)
      )}
    </>
  );
}
