import type { ScreenCommand } from '@kpi/shared';
import { useEffect, useEffectEvent } from 'react';

export const RECONNECT_MIN_MS = 1_000;
/**
 * A screen tries again at least this often while the server is away, so it is live within a few
 * seconds of the server's return (at 30 s it could stay offline for half a minute after). A try is
 * one refused connection: a room full of screens costs a down server next to nothing.
 */
export const RECONNECT_MAX_MS = 3_000;

export interface ScreenEventHandlers {
  /** The stream (re)opened; `reconnected` is true when an error came before, so changes may have been missed. */
  onHello: (dataVersion: number | null, reconnected: boolean) => void;
  /** Published data changed. */
  onChanged: (dataVersion: number | null) => void;
  /** The screen's settings (playlist, language, theme…) changed. */
  onSettings: () => void;
  /** The token was revoked: the server closes the stream and nothing will reopen it. */
  onDisabled: () => void;
  /** The stream failed (server gone, network down, 401); a reconnection is scheduled. */
  onError: () => void;
  /** An admin reloads, blanks, unblanks or turns the screen from afar. */
  onCommand?: (command: ScreenCommand) => void;
}

const COMMANDS = new Set(['reload', 'blank', 'unblank', 'show-slide']);

function commandOf(event: Event): ScreenCommand | null {
  try {
    const data = JSON.parse((event as MessageEvent<string>).data) as ScreenCommand;
    return COMMANDS.has(data.type) ? data : null;
  } catch {
    return null;
  }
}

function dataVersionOf(event: Event): number | null {
  try {
    const data = JSON.parse((event as MessageEvent<string>).data) as { dataVersion?: unknown };
    return typeof data.dataVersion === 'number' ? data.dataVersion : null;
  } catch {
    return null;
  }
}

/**
 * Listens to a screen's Server-Sent Events. EventSource reconnects by itself, but at its own pace
 * and never after some failures (an HTTP error closes it for good), so on any error we close it and
 * open a new one after 1 s, 2 s, then every 3 s (RECONNECT_MAX_MS), back to 1 s once a connection opens. There is at
 * most one EventSource at a time: each reconnection closes the previous one, and unmounting (or
 * `url` becoming null) closes the current one and cancels the pending timer.
 */
export function useScreenEvents(url: string | null, handlers: ScreenEventHandlers): void {
  const onHello = useEffectEvent(handlers.onHello);
  const onChanged = useEffectEvent(handlers.onChanged);
  const onSettings = useEffectEvent(handlers.onSettings);
  const onDisabled = useEffectEvent(handlers.onDisabled);
  const onError = useEffectEvent(handlers.onError);
  const onCommand = useEffectEvent((command: ScreenCommand) => handlers.onCommand?.(command));

  useEffect(() => {
    if (url === null) return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = RECONNECT_MIN_MS;
    let failed = false;
    let stopped = false;

    const close = () => {
      if (!source) return;
      source.onopen = null;
      source.onerror = null;
      source.close();
      source = null;
    };

    const open = () => {
      timer = undefined;
      close();
      const es = new EventSource(url);
      source = es;
      es.onopen = () => {
        delay = RECONNECT_MIN_MS;
      };
      es.addEventListener('hello', (event) => {
        const reconnected = failed;
        failed = false;
        onHello(dataVersionOf(event), reconnected);
      });
      es.addEventListener('changed', (event) => onChanged(dataVersionOf(event)));
      es.addEventListener('settings', () => onSettings());
      es.addEventListener('command', (event) => {
        const command = commandOf(event);
        if (command) onCommand(command);
      });
      es.addEventListener('disabled', () => {
        stopped = true;
        close();
        onDisabled();
      });
      es.onerror = () => {
        if (stopped || source !== es) return;
        close();
        failed = true;
        onError();
        timer = setTimeout(open, delay);
        delay = Math.min(delay * 2, RECONNECT_MAX_MS);
      };
    };

    open();
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      close();
    };
  }, [url]);
}
