import type { ScreenCommand } from '@kpi/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/keys';
import { isScreenDisabled, screenEventsUrl, type ScreenView } from '../../api/screen-content';
import { useScreenContent } from '../../api/screen-hooks';
import { useScreenEvents } from './useScreenEvents';

export interface ScreenLive {
  /** The last content that arrived; kept through failures so the room still sees the figures. */
  content: ScreenView | undefined;
  /** The token is wrong or revoked: nothing will come any more. */
  disabled: boolean;
  /** The last attempt to reach the server failed (the content shown is the last that arrived). */
  offline: boolean;
}

/**
 * A screen's content kept live: the event stream asks for a refetch on every change, a failed
 * stream asks too (which is how a server that went away shows as "connection lost" within a
 * second), and a reopened stream asks once more to catch up on what it missed.
 */
export function useScreenLive(id: number, token: string | null, onCommand?: (command: ScreenCommand) => void): ScreenLive {
  const queryClient = useQueryClient();
  const [revoked, setRevoked] = useState(false);
  const valid = Number.isInteger(id) && id > 0 && !!token;
  const query = useScreenContent(id, token ?? '', valid && !revoked);
  const disabled = !valid || revoked || isScreenDisabled(query.error);

  const refetch = (cancelRunning: boolean) =>
    void queryClient.invalidateQueries({ queryKey: queryKeys.screenContent(id, token ?? ''), exact: true }, { cancelRefetch: cancelRunning });

  useScreenEvents(disabled ? null : screenEventsUrl(id, token ?? ''), {
    // Data versions restart with the server, so a reconnection always refetches (a 304 if nothing changed).
    onHello: (dataVersion, reconnected) => {
      if (reconnected || query.isError || dataVersion !== query.data?.dataVersion) refetch(false);
    },
    // A fetch already running may have left before this change: start again.
    onChanged: () => refetch(true),
    onSettings: () => refetch(true),
    onDisabled: () => setRevoked(true),
    onError: () => refetch(false),
    onCommand,
  });

  return {
    content: disabled ? undefined : query.data,
    disabled,
    offline: !disabled && query.isError,
  };
}
