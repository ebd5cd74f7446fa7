import { formatDateTime, formatNumber, roles, type Account, type Role } from '@kpi/shared';
import { useId, useState } from 'react';
import { ApiError } from '../../api/client';
import { useUnlockUserMutation, useUpdateUserMutation } from '../../api/admin-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { ResetPasswordForm } from './ResetPasswordForm';
import { UserMailCell } from './UserMailCell';
import { UserUnitCell } from './UserUnitCell';

/**
 * One account. Changes carry the version the admin saw; a 409 reloads the list and says so.
 * Admins cannot demote or disable themselves (the server refuses), so those controls are off.
 * An account whose sign-in is locked (too many failures in a row) says until when, with a button
 * to lift the lock; failures short of a lock are shown too, as a hint of someone guessing.
 * An analyst can be limited to one commune or ward; a role change away from analyst clears the
 * unit in the same request, since the server keeps units for analysts only.
 */
export function UserRow({ user, isMe }: { user: Account; isMe: boolean }) {
  const { t, locale } = useStaffI18n();
  const update = useUpdateUserMutation();
  const unlock = useUnlockUserMutation();
  const [resetting, setResetting] = useState(false);
  const roleId = useId();
  const conflict = update.error instanceof ApiError && update.error.status === 409;
  // A refused unit is said beside its select, not twice.
  const unitError = update.error instanceof ApiError ? update.error.fields?.unit : undefined;
  const changeRole = (role: Role) =>
    update.mutate({ username: user.username, version: user.version, role, ...(user.unit !== null && role !== 'analyst' ? { unit: null } : {}) });
  return (
    <tr className={user.disabled ? 'data-table__row--muted' : undefined}>
      <th scope="row" data-label={t.admin.username}>
        {user.username}
        {isMe && <span className="muted"> {t.admin.you}</span>}
      </th>
      <td data-label={t.admin.displayName}>{user.displayName}</td>
      <td data-label={t.admin.role}>
        <label className="sr-only" htmlFor={roleId}>
          {t.admin.roleOf(user.username)}
        </label>
        <select
          id={roleId}
          className="field__input"
          value={user.role}
          disabled={isMe || update.isPending}
          onChange={(event) => changeRole(event.target.value as Role)}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {t.roles[role]}
            </option>
          ))}
        </select>
      </td>
      <UserUnitCell
        user={user}
        disabled={update.isPending}
        error={unitError}
        onChange={(unit) => update.mutate({ username: user.username, version: user.version, unit })}
      />
      <td data-label={t.admin.status}>
        <span className="user-status">{user.disabled ? `⛔ ${t.admin.disabled}` : `✔ ${t.admin.active}`}</span>
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={isMe || update.isPending}
          onClick={() => update.mutate({ username: user.username, version: user.version, disabled: !user.disabled })}
        >
          {user.disabled ? t.admin.enable(user.username) : t.admin.disable(user.username)}
        </button>
        {conflict ? (
          <p className="form-error" role="alert">
            {t.admin.conflict}
          </p>
        ) : (
          !unitError && <ActionError error={update.error} />
        )}
        {user.lockedUntil ? (
          <p className="user-status">
            🔒 {t.admin.signInLocked(formatDateTime(user.lockedUntil, locale))}
            <button type="button" className="button button--quiet button--small" disabled={unlock.isPending} onClick={() => unlock.mutate(user.username)}>
              {t.admin.unlock(user.username)}
            </button>
          </p>
        ) : (
          user.failedSignIns > 0 && <p className="muted">{t.admin.failedSignIns(formatNumber(user.failedSignIns, locale))}</p>
        )}
        <ActionError error={unlock.error} />
      </td>
      <UserMailCell user={user} />
      <td data-label={t.admin.password}>
        {resetting ? (
          <ResetPasswordForm username={user.username} version={user.version} onDone={() => setResetting(false)} />
        ) : (
          <button type="button" className="button button--quiet button--small" onClick={() => setResetting(true)}>
            {t.admin.resetPassword}
          </button>
        )}
      </td>
    </tr>
  );
}
