import type { Overview, ScreenContent } from '@kpi/shared';
import { apiGet, ApiError } from '../../api/client';
import { queryKeys } from '../../api/keys';
import { joinedOverview } from '../../api/overview';

/**
 * A screen's content under the app's key family (`queryKeys.all` still invalidates it). The key holds
 * what selects the data — the screen and its token — and never a timestamp: a key that changes on
 * every refresh leaves a new cache entry behind each time, and a screen runs all day.
 */
export const screenContentKey = (id: number, token: string) => [...queryKeys.all, 'screen', id, token] as const;

/** A screen's content as it draws it: its settings, and the overview joined with its catalogue. */
export type ScreenView = Omit<ScreenContent, 'dashboard' | 'catalogue'> & { dashboard: Overview };

const withToken = (path: string, token: string) => `${path}?token=${encodeURIComponent(token)}`;

/**
 * The screen's settings and published overview. The server answers `no-cache` with an ETag, so the
 * browser's HTTP cache revalidates each poll and an unchanged body costs a 304.
 */
export async function fetchScreenContent(id: number, token: string, signal?: AbortSignal): Promise<ScreenView> {
  const { dashboard, catalogue, ...content } = await apiGet<ScreenContent>(withToken(`/api/screens/${id}/content`, token), signal);
  // Both come from one snapshot on the server, so they always match.
  return { ...content, dashboard: joinedOverview(dashboard, catalogue) };
}

export const screenEventsUrl = (id: number, token: string) => withToken(`/api/screens/${id}/events`, token);

/** 401 `screen-disabled`: a wrong, revoked or re-issued token. Final: asking again will not help. */
export function isScreenDisabled(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
