import { orgUnitName, type OrgUnit } from '@kpi/shared';
import { useState } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { FieldMessages } from '../../ui/form/FieldMessages';
import { SelectField } from '../../ui/form/SelectField';
import { unitLabel } from '../../ui/unit-label';

/** A unit's own responsible person, by username. */
export interface UnitPerson {
  unit: string;
  username: string;
}

interface UnitResponsiblesProps {
  rows: readonly UnitPerson[];
  onChange: (rows: UnitPerson[]) => void;
  people: readonly { value: string; label: string }[];
  units: readonly OrgUnit[];
  year: number;
  /** Messages by field, `unitResponsibles.<unit code>` for a row's. */
  errors: Record<string, string | undefined>;
}

/** The units standing at the year's end, below the province, by name. */
const unitsOf = (units: readonly OrgUnit[], year: number) => {
  const end = `${year}-12-31`;
  return units.filter((u) => u.kind !== 'province' && (u.validFrom === null || u.validFrom <= end) && (u.validTo === null || u.validTo >= end));
};

/** The units' own responsible people: the list with a remove button each, and a row to add one. */
export function UnitResponsibles({ rows, onChange, people, units, year, errors }: UnitResponsiblesProps) {
  const { t, locale } = useStaffI18n();
  const c = t.calendar;
  const [unit, setUnit] = useState('');
  const [person, setPerson] = useState('');
  const [missing, setMissing] = useState(false);
  const label = (code: string) =>
    unitLabel(
      units.find((u) => u.code === code),
      code,
      locale,
    );
  const nameOf = (username: string) => people.find((p) => p.value === username)?.label ?? username;
  const choices = unitsOf(units, year)
    .filter((u) => !rows.some((row) => row.unit === u.code))
    .map((u) => ({ value: u.code, label: orgUnitName(u, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const add = () => {
    if (unit === '' || person === '') return setMissing(true);
    onChange([...rows, { unit, username: person }]);
    setUnit('');
    setPerson('');
    setMissing(false);
  };
  return (
    <fieldset className="subform">
      <legend>{c.unitsLegend}</legend>
      <p className="field__hint">{c.unitsHint}</p>
      {rows.length === 0 ? (
        <p className="muted">{c.noUnits}</p>
      ) : (
        <ul className="calendar-units">
          {rows.map((row) => (
            <li key={row.unit}>
              <span>
                {label(row.unit)}: {nameOf(row.username)}
              </span>{' '}
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={c.removeUnit(label(row.unit))}
                onClick={() => onChange(rows.filter((r) => r.unit !== row.unit))}
              >
                <span aria-hidden="true">✕ </span>
                {c.remove}
              </button>
              <FieldMessages id={`unit-${row.unit}-messages`} error={errors[`unitResponsibles.${row.unit}`]} />
            </li>
          ))}
        </ul>
      )}
      <div className="field-grid calendar-unit-add">
        <SelectField
          label={c.unit}
          value={unit}
          onChange={setUnit}
          placeholder={c.chooseUnit}
          options={choices}
          error={missing && unit === '' ? c.unitMissing : undefined}
        />
        <SelectField
          label={c.person}
          value={person}
          onChange={setPerson}
          placeholder={c.choosePerson}
          options={people}
          error={missing && person === '' ? c.unitMissing : undefined}
        />
        <div className="calendar-unit-add__button">
          <button type="button" className="button button--quiet" onClick={add}>
            {c.addUnit}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
