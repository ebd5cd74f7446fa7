import { formatNumber, type CataloguePlan } from '@kpi/shared';
import { useState, type ChangeEvent } from 'react';
import { ApiError, errorFields } from '../../api/client';
import { useCatalogueImportMutation, type CatalogueUpload } from '../../api/definition-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ImportRefusal } from '../import/ImportRefusal';
import { CataloguePlanView, planRefuses } from './CataloguePlanView';
import '../../ui/form/form.css';

/** A workbook by its name or type; anything else is read as JSON. */
const isWorkbook = (file: File) => /\.xlsx$/i.test(file.name) || file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Export the catalogue as a file, and try then import another's (approvers). */
export function CatalogueTransfer() {
  const { t, locale } = useStaffI18n();
  const tr = t.catalogue.transfer;
  const mutation = useCatalogueImportMutation();
  // What was tried, to import the same on apply: the parsed JSON, or the workbook as chosen.
  const [chosen, setChosen] = useState<CatalogueUpload | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [plan, setPlan] = useState<CataloguePlan | null>(null);

  const onChoose = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    setPlan(null);
    setReadError(null);
    if (!picked) return;
    let input: CatalogueUpload;
    if (isWorkbook(picked)) {
      // The server reads a workbook, through its zip-checked reader; the browser only sends it.
      input = { workbook: picked };
    } else {
      try {
        input = { file: JSON.parse(await picked.text()) as unknown };
      } catch {
        setReadError(tr.notJson);
        return;
      }
    }
    setChosen(input);
    mutation.mutate({ ...input, dryRun: true }, { onSuccess: setPlan });
  };
  const apply = () =>
    chosen &&
    mutation.mutate(
      { ...chosen, dryRun: false },
      {
        onSuccess: setPlan,
        onError: (error) => {
          const refusedPlan = error instanceof ApiError ? (error.body as { plan?: CataloguePlan } | undefined)?.plan : undefined;
          if (refusedPlan) setPlan(refusedPlan);
        },
      },
    );
  const refused = plan ? planRefuses(plan) : false;
  const written = (steps: { action: string }[], actions: string[]) => formatNumber(steps.filter((s) => actions.includes(s.action)).length, locale);

  return (
    <section className="catalogue-transfer" aria-labelledby="catalogue-transfer-title">
      <h3 id="catalogue-transfer-title">{tr.title}</h3>
      <p>{tr.intro}</p>
      <div className="catalogue-transfer__actions">
        <a className="button button--quiet" href="/api/catalogue/export.json" download>
          {tr.export}
        </a>
        {/* Headed in the page's language; the values and the machine names beneath are the same in both. */}
        <a className="button button--quiet" href={`/api/catalogue/export.xlsx?lang=${locale}`} download>
          {tr.exportXlsx}
        </a>
        <div className="field">
          <label className="field__label" htmlFor="catalogue-file">
            {tr.choose}
          </label>
          <input
            id="catalogue-file"
            type="file"
            accept="application/json,.json,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="catalogue-file-hint"
            onChange={(e) => void onChoose(e)}
          />
          <span className="field__hint" id="catalogue-file-hint">
            {tr.chooseHint}
          </span>
        </div>
      </div>
      {readError && <p role="alert">{readError}</p>}
      {mutation.isError && !plan && (
        // The fields a refused file names (a sheet, a column, the file), worded by the server in the page's language.
        <ImportRefusal error={mutation.error}>
          <ul>
            {Object.entries(errorFields(mutation.error)).map(([field, why]) => (
              <li key={field}>
                <code>{field}</code>: {why}
              </li>
            ))}
          </ul>
        </ImportRefusal>
      )}
      {plan && <CataloguePlanView plan={plan} />}
      {plan?.applied && (
        <p role="status">
          {tr.applied(written(plan.groups, ['new', 'changed']), written(plan.indicators, ['new', 'changed']), written(plan.targets, ['new', 'revised']))}
        </p>
      )}
      {plan && refused && <p role="alert">{tr.refusedNote}</p>}
      {plan && !plan.applied && !refused && (
        <button type="button" className="button" onClick={apply} disabled={mutation.isPending}>
          {tr.apply}
        </button>
      )}
    </section>
  );
}
