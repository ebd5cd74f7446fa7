import type { DashboardCard } from './schemas/dashboard.js';
import type { Status } from './schemas/status.js';

/**
 * Statuses from the one that most needs a leader's attention to the least: behind before at risk,
 * at risk before on track; indicators with too few figures, without data or without a target come
 * last, since there is nothing to judge yet.
 */
export const statusesWorstFirst = ['off-track', 'at-risk', 'on-track', 'achieved', 'too-few', 'no-data', 'no-target'] as const satisfies readonly Status[];

const severity = new Map<Status, number>(statusesWorstFirst.map((status, index) => [status, index]));

/**
 * Cards in the order a leader should read them: worst status first; within a status, the lowest
 * progress ratio (furthest behind its required pace) first; then by code, so the order is stable.
 */
export function sortWorstFirst<T extends Pick<DashboardCard, 'indicator' | 'status'>>(cards: readonly T[]): T[] {
  return [...cards].sort((a, b) => {
    const bySeverity = severity.get(a.status.status)! - severity.get(b.status.status)!;
    if (bySeverity !== 0) return bySeverity;
    const ratioA = a.status.ratio ?? Number.POSITIVE_INFINITY;
    const ratioB = b.status.ratio ?? Number.POSITIVE_INFINITY;
    if (ratioA !== ratioB) return ratioA < ratioB ? -1 : 1;
    return a.indicator.code.localeCompare(b.indicator.code);
  });
}
