import { worsening, type IndicatorData, type StatusResult } from '@kpi/shared';

/**
 * Whether a publication turned the province's status of an indicator off track: the inbox's
 * "worsened" (`worsening`, one rule for both) when it ends off track. Null otherwise, or when
 * either side does not know the indicator.
 */
export function turnedOffTrack(before: IndicatorData | null, after: IndicatorData | null): { year: number; status: StatusResult } | null {
  const worse = before && after ? worsening(before, after) : null;
  return worse?.to.status === 'off-track' ? { year: worse.year, status: worse.to } : null;
}
