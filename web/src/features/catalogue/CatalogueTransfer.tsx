import { formatNumber, type CataloguePlan } from '@kpi/shared';
import { useState, type ChangeEvent } from 'react';
import { ApiError } from '../../api/client';
import { useCatalogueImportMutation } from '../../api/definition-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { STATUS_ICONS } from '../../ui/status-meta';
import '../../ui/form/form.css';

type Step = { key: string; action: string; fields?: string[]; reason: string | null };

/** The entries a plan changes or refuses, refused first: what the approver must read before importing. */
function stepsToRead(plan: CataloguePlan, groupKey: (code: string) => string): Step[] {
  const steps: Step[] = [
    ...plan.groups.map((s) => ({ key: groupKey(s.code), action: s.action, fields: s.fields, reason: s.reason })),
    ...plan.indicators.map((s) => ({ key: s.code, action: s.action, fields: s.fields, reason: s.reason })),
    ...plan.targets.map((s) => ({ key: `${s.indicator} · ${s.year}`, action: s.action, reason: s.reason })),
  ];
  return steps.filter((s) => s.action !== 'unchanged').sort((a, b) => Number(b.action === 'refused') - Number(a.action === 'refused'));
}

function PlanView({ plan }: { plan: CataloguePlan }) {
  const { t, locale } = useStaffI18n();
  const tr = t.catalogue.transfer;
  const count = (steps: { action: string }[]) =>
    Object.entries(steps.reduce<Record<string, number>>((n, s) => ({ ...n, [s.action]: (n[s.action] ?? 0) + 1 }), {}))
      .map(([action, n]) => `${tr.actions[action] ?? action}: ${formatNumber(n, locale)}`)
      .join(' · ');
  const steps = stepsToRead(plan, tr.groupKey);
  return (
    <section aria-labelledby="catalogue-plan-title">
      <h4 id="catalogue-plan-title">{tr.planTitle}</h4>
      <p>
        {tr.groups}: {count(plan.groups) || '0'}
        <br />
        {tr.indicators}: {count(plan.indicators) || '0'}
        <br />
        {tr.targets}: {count(plan.targets) || '0'}
      </p>
      {steps.length === 0 ? (
        <p>{tr.noChange}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{tr.entry}</th>
              <th scope="col">{tr.action}</th>
              <th scope="col">{tr.detail}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={`${s.key}-${s.action}`} className={s.action === 'refused' ? 'catalogue-plan__refused' : undefined}>
                <th scope="row">{s.key}</th>
                <td>
                  {s.action === 'refused' && <span aria-hidden="true">{STATUS_ICONS['off-track']} </span>}
                  {tr.actions[s.action] ?? s.action}
                </td>
                <td>{s.reason ? (tr.reasons[s.reason] ?? s.reason) : s.fields?.length ? tr.fields(s.fields.join(', ')) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Export the catalogue as a file, and try then import another's (approvers). */
export function CatalogueTransfer() {
  const { t, locale } = useStaffI18n();
  const tr = t.catalogue.transfer;
  const mutation = useCatalogueImportMutation();
  const [file, setFile] = useState<unknown>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [plan, setPlan] = useState<CataloguePlan | null>(null);

  const onChoose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setPlan(null);
    setReadError(null);
    if (!chosen) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await chosen.text());
    } catch {
      setReadError(tr.notJson);
      return;
    }
    setFile(parsed);
    mutation.mutate({ file: parsed, dryRun: true }, { onSuccess: setPlan });
  };
  const apply = () =>
    mutation.mutate(
      { file, dryRun: false },
      {
        onSuccess: setPlan,
        onError: (error) => {
          const refusedPlan = error instanceof ApiError ? (error.body as { plan?: CataloguePlan } | undefined)?.plan : undefined;
          if (refusedPlan) setPlan(refusedPlan);
        },
      },
    );
  const refused = plan ? [...plan.groups, ...plan.indicators, ...plan.targets].some((s) => s.action === 'refused') : false;
  const written = (steps: { action: string }[], actions: string[]) => formatNumber(steps.filter((s) => actions.includes(s.action)).length, locale);

  return (
    <section className="catalogue-transfer" aria-labelledby="catalogue-transfer-title">
      <h3 id="catalogue-transfer-title">{tr.title}</h3>
      <p>{tr.intro}</p>
      <div className="catalogue-transfer__actions">
        <a className="button button--quiet" href="/api/catalogue/export.json" download>
          {tr.export}
        </a>
        <label className="field">
          <span className="field__label">{tr.choose}</span>
          <input type="file" accept="application/json,.json" onChange={(e) => void onChoose(e)} />
        </label>
      </div>
      {readError && <p role="alert">{readError}</p>}
      {mutation.isError && !plan && <p role="alert">{mutation.error.message}</p>}
      {plan && <PlanView plan={plan} />}
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
