import { orgUnitKindNames, formatDate, type OrgUnit } from '@kpi/shared';
import { ApiError } from '../../api/client';
import { useUpdateOrgUnitMutation } from '../../api/org-unit-mutations';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';

/**
 * One unit: its kind and name, code, parent, the dates it was in force, the former units it was
 * made of, and whether its name was checked against the resolution that made it (icon and word;
 * an admin who has checked it marks it so, with the version the list showed).
 */
export function UnitRow({ unit, names }: { unit: OrgUnit; names: Map<string, string> }) {
  const { t, locale } = useStaffI18n();
  const update = useUpdateOrgUnitMutation();
  const kind = orgUnitKindNames[locale][unit.kind];
  const dates = [unit.validFrom && t.unitsAdmin.since(formatDate(unit.validFrom, locale)), unit.validTo && t.unitsAdmin.until(formatDate(unit.validTo, locale))]
    .filter(Boolean)
    .join(' ');
  const conflict = update.error instanceof ApiError && update.error.status === 409;
  return (
    <tr className={unit.validTo ? 'data-table__row--muted' : undefined}>
      <th scope="row" data-label={t.unitsAdmin.name}>
        {kind} {unit.name}
        {unit.predecessors.length > 0 && (
          <p className="muted">{t.unitsAdmin.formedFrom(unit.predecessors.map((code) => names.get(code) ?? code).join(', '))}</p>
        )}
      </th>
      <td data-label={t.unitsAdmin.code}>
        <code>{unit.code}</code>
      </td>
      <td data-label={t.unitsAdmin.parent}>{unit.parent ? (names.get(unit.parent) ?? unit.parent) : '—'}</td>
      <td data-label={t.unitsAdmin.validity}>{dates || t.unitsAdmin.always}</td>
      <td data-label={t.unitsAdmin.nameCheck}>
        {unit.nameChecked ? (
          <span className="user-status">
            <span aria-hidden="true">✔ </span>
            {t.unitsAdmin.checked}
          </span>
        ) : (
          <>
            <span className="user-status" title={unit.note ?? undefined}>
              <span aria-hidden="true">⚠ </span>
              {t.unitsAdmin.unchecked}
            </span>
            <button
              type="button"
              className="button button--quiet button--small"
              disabled={update.isPending}
              onClick={() => update.mutate({ code: unit.code, version: unit.version, nameChecked: true })}
            >
              {t.unitsAdmin.markChecked(unit.name)}
            </button>
          </>
        )}
        {conflict ? (
          <p className="form-error" role="alert">
            {t.unitsAdmin.conflict}
          </p>
        ) : (
          <ActionError error={update.error} />
        )}
      </td>
    </tr>
  );
}
