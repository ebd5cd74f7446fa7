import { formatNumber, type EntryWarningCode, type ImportPlan } from '@kpi/shared';
import { ApiError } from '../../api/client';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { useFocusOnResult } from '../../ui/useFocusOnResult';
import { ImportRefusal } from './ImportRefusal';
import { PlanCounts } from './PlanCounts';
import { PlanTable } from './PlanTable';
import { WarningAcks } from './WarningAcks';

interface ImportPlanPanelProps {
  plan: ImportPlan;
  acknowledged: readonly EntryWarningCode[];
  onAcknowledge: (code: EntryWarningCode, on: boolean) => void;
  onRun: () => void;
  onRecheck: () => void;
  runError: Error | null;
  /** The run was sent (or is being): the button stays off. */
  started: boolean;
}

/** The dry run's result, and the run: offered only when no row is rejected and every warning is acknowledged. */
export function ImportPlanPanel({ plan, acknowledged, onAcknowledge, onRun, onRecheck, runError, started }: ImportPlanPanelProps) {
  const { t, locale } = useStaffI18n();
  const toImport = plan.counts.new + plan.counts.changed;
  const unacknowledged = plan.warningCodes.filter((code) => !acknowledged.includes(code));
  const blocked =
    plan.counts.rejected > 0
      ? t.importPage.blockedRejected
      : toImport === 0
        ? t.importPage.nothingToImport
        : unacknowledged.length > 0
          ? t.importPage.blockedWarnings
          : null;
  const stale = runError instanceof ApiError && runError.code === 'stale-plan';
  // Each dry run's result is where the reader goes next, not back to the top of the page.
  const heading = useFocusOnResult<HTMLHeadingElement>(plan);
  return (
    <section className="panel" aria-labelledby="plan-heading">
      <h2 id="plan-heading" ref={heading} tabIndex={-1}>
        {t.importPage.planTitle(plan.fileName)}
      </h2>
      <PlanCounts counts={plan.counts} />
      {plan.ignoredColumns.length > 0 && <p className="muted">{t.importPage.ignoredColumns(plan.ignoredColumns.join(', '))}</p>}
      <PlanTable plan={plan} />
      <WarningAcks plan={plan} acknowledged={acknowledged} onChange={onAcknowledge} />
      <p className="muted">{t.importPage.draftNotice}</p>
      {blocked && (
        <p className="field__error">
          <span aria-hidden="true">✖ </span>
          {blocked}
        </p>
      )}
      <ImportRefusal error={runError}>
        {stale && (
          <>
            <p>{t.importPage.staleHint}</p>
            <button type="button" className="button button--quiet" onClick={onRecheck}>
              {t.importPage.recheck}
            </button>
          </>
        )}
      </ImportRefusal>
      <div className="actions">
        <button type="button" className="button" disabled={blocked !== null || started} onClick={onRun}>
          {t.importPage.run(formatNumber(toImport, locale))}
        </button>
      </div>
    </section>
  );
}
