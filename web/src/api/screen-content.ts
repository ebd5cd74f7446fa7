import type { Overview, ScreenContent } from '@kpi/shared';
import { apiGet, ApiError } from './client';
import { joinedOverview } from './overview';

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
