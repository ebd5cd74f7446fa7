/**
 * Query keys, built in one place so invalidation can target a whole family (`queryKeys.all`,
 * `queryKeys.dashboards()`). Keys hold only what selects the data, never a timestamp.
 */
export interface AuditFilters {
  indicator?: string;
  user?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

export const queryKeys = {
  all: ['kpi'] as const,
  dashboards: () => [...queryKeys.all, 'dashboard'] as const,
  dashboard: (year: number | undefined) => [...queryKeys.dashboards(), year ?? 'latest'] as const,
  catalogue: () => [...queryKeys.all, 'catalogue'] as const,
  indicators: () => [...queryKeys.all, 'indicators'] as const,
  indicator: (code: string) => [...queryKeys.indicators(), code] as const,
  sources: () => [...queryKeys.all, 'sources'] as const,
  me: () => [...queryKeys.all, 'me'] as const,
  drafts: () => [...queryKeys.all, 'drafts'] as const,
  observations: () => [...queryKeys.all, 'observation'] as const,
  observation: (code: string, year: number) => [...queryKeys.observations(), code, year] as const,
  users: () => [...queryKeys.all, 'users'] as const,
  audit: (filters: AuditFilters) => [...queryKeys.all, 'audit', filters] as const,
  importJob: (id: string) => [...queryKeys.all, 'import-job', id] as const,
  screens: () => [...queryKeys.all, 'screens'] as const,
};
