import { buildAsOf, type StatusResult } from '@kpi/shared';
import type { PublishedView } from '../published-view.js';

/** The province's status of `code` in `year` as the published view judges it; null for an unknown indicator. */
export function publishedStatus(view: PublishedView, code: string, year: number): StatusResult | null {
  const data = view.indicatorData(code);
  return data ? buildAsOf(data, year).status : null;
}
