/**
 * Query keys, built in one place so invalidation can target a whole family (`queryKeys.all`).
 * Keys hold only what selects the data, never a timestamp.
 */
export const queryKeys = {
  all: ['kpi'] as const,
  dashboard: (year: number | undefined) => [...queryKeys.all, 'dashboard', year ?? 'latest'] as const,
  indicators: () => [...queryKeys.all, 'indicators'] as const,
};
