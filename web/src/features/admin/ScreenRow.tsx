import { formatDateTime, formatNumber, type Screen, type ScreenHealth } from '@kpi/shared';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useReissueScreenTokenMutation, useRevokeScreenMutation } from '../../api/screens-admin-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import type { IssuedScreen } from './IssuedScreenUrl';
import { ScreenControls } from './ScreenControls';
import { ScreenHealthCell } from './ScreenHealthCell';
import { playlistSummary, type SlideNames } from './slide-text';

interface ScreenRowProps {
  screen: Screen;
  names: SlideNames;
  /** The latest year with published data, which a screen without a year of its own shows. */
  latestYear: number | null;
  onEdit: () => void;
  onIssued: (issued: IssuedScreen) => void;
  /** Its presence, from the health poll (undefined until it arrives). */
  health: ScreenHealth | undefined;
  darkAfterMinutes: number;
}

/** One screen. Re-issue and revoke carry the version the admin saw; a 409 reloads the list and says so. */
export function ScreenRow({ screen, names, latestYear, onEdit, onIssued, health, darkAfterMinutes }: ScreenRowProps) {
  const { t, locale } = useStaffI18n();
  const reissue = useReissueScreenTokenMutation();
  const revoke = useRevokeScreenMutation();
  const [confirming, setConfirming] = useState(false);
  const pending = reissue.isPending || revoke.isPending;
  const error = reissue.error ?? revoke.error;
  const conflict = error instanceof ApiError && error.status === 409;
  const version = { id: screen.id, version: screen.version };
  return (
    <tr className={screen.active ? undefined : 'data-table__row--muted'}>
      <th scope="row" data-label={t.screensAdmin.name}>
        {screen.name}
      </th>
      <td data-label={t.screensAdmin.language}>{t.screensAdmin.languages[screen.language]}</td>
      <td data-label={t.screensAdmin.theme}>{t.screensAdmin.themes[screen.theme]}</td>
      <td data-label={t.screensAdmin.year}>{screen.year === null ? t.screensAdmin.yearLatest(latestYear) : t.screensAdmin.yearFixed(screen.year)}</td>
      <td data-label={t.screensAdmin.seconds}>{t.screensAdmin.secondsValue(formatNumber(screen.secondsPerSlide, locale))}</td>
      <td data-label={t.screensAdmin.playlist}>{playlistSummary(screen.playlist, t, locale, names)}</td>
      <td data-label={t.screensAdmin.status}>
        <span className="user-status">{screen.active ? `✔ ${t.screensAdmin.active}` : `✖ ${t.screensAdmin.revoked}`}</span>
      </td>
      <td data-label={t.screenControl.health}>
        <ScreenHealthCell health={health} darkAfterMinutes={darkAfterMinutes} />
      </td>
      <td data-label={t.screensAdmin.tokenIssuedAt}>{screen.tokenIssuedAt ? formatDateTime(screen.tokenIssuedAt, locale) : t.screensAdmin.neverIssued}</td>
      <td data-label={t.screensAdmin.actions}>
        <div className="row-actions">
          <button type="button" className="button button--quiet button--small" aria-label={t.screensAdmin.editLabel(screen.name)} onClick={onEdit}>
            {t.screensAdmin.edit}
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={t.screensAdmin.reissueLabel(screen.name)}
            disabled={pending}
            onClick={() => reissue.mutate(version, { onSuccess: ({ url }) => onIssued({ url, name: screen.name, kind: 'reissued' }) })}
          >
            {t.screensAdmin.reissue}
          </button>
          {screen.active && !confirming && (
            <button
              type="button"
              className="button button--quiet button--small"
              aria-label={t.screensAdmin.revokeLabel(screen.name)}
              disabled={pending}
              onClick={() => setConfirming(true)}
            >
              {t.screensAdmin.revoke}
            </button>
          )}
        </div>
        <ScreenControls screen={screen} health={health} />
        {confirming && (
          <div className="confirm" role="group" aria-label={t.screensAdmin.revokeLabel(screen.name)}>
            <p>{t.screensAdmin.confirmRevoke(screen.name)}</p>
            <div className="row-actions">
              <button
                type="button"
                className="button button--small button--danger"
                disabled={pending}
                onClick={() => revoke.mutate(version, { onSettled: () => setConfirming(false) })}
              >
                {t.screensAdmin.confirmRevokeButton}
              </button>
              <button type="button" className="button button--quiet button--small" onClick={() => setConfirming(false)}>
                {t.actions.cancel}
              </button>
            </div>
          </div>
        )}
        {conflict ? (
          <p className="form-error" role="alert">
            {t.screensAdmin.rowConflict}
          </p>
        ) : (
          <ActionError error={error} />
        )}
      </td>
    </tr>
  );
}
