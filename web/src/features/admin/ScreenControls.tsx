import { formatNumber, type Screen, type ScreenCommand, type ScreenHealth } from '@kpi/shared';
import { useId, useState } from 'react';
import { useScreenCommandMutation } from '../../api/screen-control-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';

/**
 * Control from afar, through the screen's live stream: reload it, show one of its slides now, or
 * blank it for a confidential meeting (and unblank). Each is audited on the server; the answer
 * says whether the screen was connected to receive it.
 */
export function ScreenControls({ screen, health }: { screen: Screen; health: ScreenHealth | undefined }) {
  const { t, locale } = useStaffI18n();
  const words = t.screenControl;
  const command = useScreenCommandMutation();
  const [slide, setSlide] = useState('1');
  const selectId = useId();
  const send = (c: ScreenCommand) => command.mutate({ id: screen.id, command: c });
  // What the screen says it plays (a scheduled set's slides, not always the playlist's), else the playlist.
  const slides = health?.report?.slides ?? screen.playlist.length;
  const chosen = Number(slide) <= slides ? slide : '1';
  if (!screen.active) return null;
  return (
    <div className="screen-controls" role="group" aria-label={screen.name}>
      <div className="row-actions">
        <button
          type="button"
          className="button button--quiet button--small"
          aria-label={words.reloadLabel(screen.name)}
          disabled={command.isPending}
          onClick={() => send({ type: 'reload' })}
        >
          {words.reload}
        </button>
        {health?.blanked ? (
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={words.unblankLabel(screen.name)}
            disabled={command.isPending}
            onClick={() => send({ type: 'unblank' })}
          >
            {words.unblank}
          </button>
        ) : (
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={words.blankLabel(screen.name)}
            disabled={command.isPending}
            onClick={() => send({ type: 'blank' })}
          >
            {words.blank}
          </button>
        )}
      </div>
      {slides > 1 && (
        <div className="row-actions">
          <label className="sr-only" htmlFor={selectId}>
            {words.showSlideLabel(screen.name)}
          </label>
          <select id={selectId} className="field__input screen-controls__select" value={chosen} onChange={(event) => setSlide(event.target.value)}>
            {Array.from({ length: slides }, (_, i) => (
              <option key={i} value={String(i + 1)}>
                {words.slideOption(formatNumber(i + 1, locale))}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={words.showSlideButton(screen.name)}
            disabled={command.isPending}
            onClick={() => send({ type: 'show-slide', slide: Number(chosen) })}
          >
            {words.showSlide}
          </button>
        </div>
      )}
      {command.isSuccess && (
        <p role="status" className="muted">
          {command.data.delivered > 0 ? `✔ ${words.sent}` : `⚠ ${words.notConnected}`}
        </p>
      )}
      <ActionError error={command.error} />
    </div>
  );
}
