import { formatNumber } from '@kpi/shared';
import { useId, useState, type FormEvent } from 'react';
import { useOrgUnitFilePlanMutation, useOrgUnitFileRunMutation } from '../../api/org-unit-mutations';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { FileField } from '../../ui/form/FileField';
import { UnitsFilePlan } from './UnitsFilePlan';

/**
 * The units as a file: download them, edit, upload; the dry run lists every row before the admin
 * applies it. The run sends the same file with the dry run's basis, so a unit changed meanwhile
 * refuses it (409) rather than writing what the admin did not see.
 */
export function UnitsFilePanel() {
  const { t, locale } = useStaffI18n();
  const words = t.unitsAdmin.file;
  const id = useId();
  const planning = useOrgUnitFilePlanMutation();
  const running = useOrgUnitFileRunMutation();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const check = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError(t.importPage.chooseFile);
    running.reset();
    planning.mutate(file);
  };
  const plan = planning.data;
  const toWrite = plan ? plan.counts.new + plan.counts.changed : 0;
  const done = running.data;
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{words.title}</h2>
      <p className="muted">{words.hint}</p>
      <div className="actions">
        <a className="button button--quiet" href={`/api/org-units/export.xlsx?lang=${locale}`} download>
          <span aria-hidden="true">⬇ </span>
          {words.downloadXlsx}
        </a>
        <a className="button button--quiet" href={`/api/org-units/export.csv?lang=${locale}`} download>
          <span aria-hidden="true">⬇ </span>
          {words.downloadCsv}
        </a>
      </div>
      <form onSubmit={check} noValidate>
        <FileField
          label={words.file}
          error={error}
          onChange={(chosen) => {
            setFile(chosen);
            setError(undefined);
            planning.reset();
            running.reset();
          }}
        />
        <ActionError error={planning.error} />
        <div className="actions">
          <button type="submit" className="button" disabled={planning.isPending}>
            {planning.isPending ? t.importPage.checking : t.importPage.check}
          </button>
        </div>
      </form>
      {plan && (
        <section aria-labelledby={`${id}-plan`}>
          <h3 id={`${id}-plan`}>{words.planTitle}</h3>
          <UnitsFilePlan plan={done ?? plan} />
          {!plan.canImport && <p className="muted">{words.refusedHint}</p>}
          {plan.canImport && toWrite === 0 && <p className="muted">{words.nothingToApply}</p>}
          <ActionError error={running.error} title={words.failed} />
          {done ? (
            <p className="saved-notice" role="status">
              <span aria-hidden="true">✔ </span>
              {words.applied(formatNumber(done.counts.new, locale), formatNumber(done.counts.changed, locale))}
            </p>
          ) : (
            plan.canImport &&
            toWrite > 0 &&
            file && (
              <div className="actions">
                <button type="button" className="button" disabled={running.isPending} onClick={() => running.mutate({ file, basis: plan.basis })}>
                  {running.isPending ? words.applying : words.apply(formatNumber(toWrite, locale))}
                </button>
              </div>
            )
          )}
        </section>
      )}
    </section>
  );
}
