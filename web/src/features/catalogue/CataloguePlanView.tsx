import { catalogueColumnLabel, formatNumber, validationMessage, type CataloguePlan, type Locale } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { STATUS_ICONS } from '../../ui/status-meta';

type Step = { key: string; action: string; fields?: string[]; reason: string | null; detail?: string };

/** Whether any entry, or any spreadsheet row, is refused: then nothing can be imported. */
export const planRefuses = (plan: CataloguePlan) =>
  (plan.rows?.length ?? 0) > 0 || [...plan.groups, ...plan.indicators, ...plan.targets].some((s) => s.action === 'refused');

/** The entries a plan changes or refuses, refused first (unreadable rows before all): what the approver must read before importing. */
function stepsToRead(plan: CataloguePlan, locale: Locale, sheetRow: (sheet: string, row: string) => string, groupKey: (code: string) => string): Step[] {
  // A row is named by its sheet and number, its column by the header people read, and why in the reader's language.
  const rows = (plan.rows ?? []).map((r) => ({
    key: sheetRow(r.sheet, formatNumber(r.row, locale)),
    action: 'refused',
    reason: null,
    detail: `${r.column ? `${catalogueColumnLabel(r.column, locale)}: ` : ''}${validationMessage(r.reason, locale)}`,
  }));
  const steps: Step[] = [
    ...plan.groups.map((s) => ({ key: groupKey(s.code), action: s.action, fields: s.fields, reason: s.reason })),
    ...plan.indicators.map((s) => ({ key: s.code, action: s.action, fields: s.fields, reason: s.reason })),
    ...plan.targets.map((s) => ({ key: `${s.indicator} · ${s.year}`, action: s.action, reason: s.reason })),
  ];
  return [...rows, ...steps.filter((s) => s.action !== 'unchanged').sort((a, b) => Number(b.action === 'refused') - Number(a.action === 'refused'))];
}

/** What an import did or would do: counts per action, then every entry that changes or is refused. */
export function CataloguePlanView({ plan }: { plan: CataloguePlan }) {
  const { t, locale } = useStaffI18n();
  const tr = t.catalogue.transfer;
  const count = (steps: { action: string }[]) =>
    Object.entries(steps.reduce<Record<string, number>>((n, s) => ({ ...n, [s.action]: (n[s.action] ?? 0) + 1 }), {}))
      .map(([action, n]) => `${tr.actions[action] ?? action}: ${formatNumber(n, locale)}`)
      .join(' · ');
  const steps = stepsToRead(plan, locale, tr.sheetRow, tr.groupKey);
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
              <tr key={`${s.key}-${s.action}-${s.detail ?? ''}`} className={s.action === 'refused' ? 'catalogue-plan__refused' : undefined}>
                <th scope="row">{s.key}</th>
                <td>
                  {s.action === 'refused' && <span aria-hidden="true">{STATUS_ICONS['off-track']} </span>}
                  {tr.actions[s.action] ?? s.action}
                </td>
                <td>{s.detail ?? (s.reason ? (tr.reasons[s.reason] ?? s.reason) : s.fields?.length ? tr.fields(s.fields.join(', ')) : '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
