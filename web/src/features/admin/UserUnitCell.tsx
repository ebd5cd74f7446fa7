import type { Account } from '@kpi/shared';
import { useId } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { FieldMessages } from '../../ui/form/FieldMessages';
import { useCommuneOptions, WHOLE_PROVINCE } from './commune-options';

interface UserUnitCellProps {
  user: Account;
  disabled: boolean;
  /** The server's message for the unit (`unit-not-commune`…), shown beside the select. */
  error: string | undefined;
  onChange: (unit: string | null) => void;
}

/**
 * The commune or ward an analyst is limited to, and the admin's select to change it. Only analysts
 * can be commune users (the server refuses others a unit), so other roles just read "whole province".
 */
export function UserUnitCell({ user, disabled, error, onChange }: UserUnitCellProps) {
  const { t } = useStaffI18n();
  const options = useCommuneOptions(user.unit);
  const id = useId();
  if (user.role !== 'analyst') {
    return (
      <td data-label={t.admin.unit}>
        <span className="muted">{t.admin.wholeProvince}</span>
      </td>
    );
  }
  return (
    <td data-label={t.admin.unit}>
      <label className="sr-only" htmlFor={id}>
        {t.admin.unitOf(user.username)}
      </label>
      <select
        id={id}
        className="field__input"
        value={user.unit ?? WHOLE_PROVINCE}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-messages` : undefined}
        onChange={(event) => onChange(event.target.value === WHOLE_PROVINCE ? null : event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={`${id}-messages`} error={error} />
    </td>
  );
}
