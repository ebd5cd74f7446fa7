import { formatNumber, roleAtLeast } from '@kpi/shared';
import { Link } from '../../app/routing';
import { useImportJobQuery } from '../../api/import-hooks';
import { useMeQuery } from '../../api/session-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { useFocusOnResult } from '../../ui/useFocusOnResult';

/** The running import, polled until it ends; then where its drafts went, or why it failed. */
export function ImportProgress({ jobId, onAnother }: { jobId: string; onAnother: () => void }) {
  const { t, locale } = useStaffI18n();
  const query = useImportJobQuery(jobId);
  // The next step is one the user may take: approvers publish, analysts find their drafts in entry.
  const mayApprove = roleAtLeast(useMeQuery().data?.role ?? 'viewer', 'approver');
  // The run button is disabled once pressed, which drops focus: the progress takes it, then the outcome.
  const heading = useFocusOnResult<HTMLHeadingElement>(jobId);
  const finished = query.data && query.data.status !== 'running' ? query.data.status : null;
  const succeeded = useFocusOnResult<HTMLParagraphElement>(finished === 'succeeded');
  const failed = useFocusOnResult<HTMLDivElement>(finished !== null && finished !== 'succeeded');
  return (
    <section className="panel" aria-labelledby="import-progress-heading">
      <h2 id="import-progress-heading" ref={heading} tabIndex={-1}>
        {t.importPage.progressLabel}
      </h2>
      <QueryState query={query}>
        {(job) => {
          const done = formatNumber(job.progress.done, locale);
          if (job.status === 'running') {
            return (
              <div className="import-progress" role="status">
                <progress max={Math.max(job.progress.total, 1)} value={job.progress.done} aria-label={t.importPage.progressLabel} />
                <p>{t.importPage.progress(done, formatNumber(job.progress.total, locale))}</p>
              </div>
            );
          }
          return (
            <>
              {job.status === 'succeeded' ? (
                <p ref={succeeded} className="saved-notice" role="status" tabIndex={-1}>
                  <span aria-hidden="true">✔ </span>
                  {t.importPage.succeeded(done)}{' '}
                  {mayApprove ? <Link to="/approval">{t.importPage.toApproval}</Link> : <Link to="/entry">{t.importPage.toEntry}</Link>}
                </p>
              ) : (
                <div ref={failed} className="form-error" role="alert" tabIndex={-1}>
                  <p>
                    <span aria-hidden="true">⚠ </span>
                    {t.importPage.failed}
                  </p>
                  {job.error && <p className="state-panel__detail">{t.states.errorDetail(job.error.code, job.error.message)}</p>}
                </div>
              )}
              <div className="actions">
                <button type="button" className="button button--quiet" onClick={onAnother}>
                  {t.importPage.another}
                </button>
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
