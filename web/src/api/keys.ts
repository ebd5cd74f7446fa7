import { PROVINCE_UNIT, type Locale } from '@kpi/shared';

/**
 * Query keys, built in this one module so invalidation can target a whole family (`queryKeys.all`,
 * `queryKeys.dashboards()`, `queryKeys.indicator(code)`). Keys hold only what selects the data, never
 * a timestamp: a key that changes on every refresh leaves a new cache entry behind each time.
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
  me: () => [...queryKeys.all, 'me'] as const,
  dashboards: () => [...queryKeys.all, 'dashboard'] as const,
  /** The province's overview of a year, or (with `unit`) a commune's or ward's. */
  dashboard: (year: number | undefined, unit?: string) => [...queryKeys.dashboards(), year ?? 'latest', ...(unit ? [unit] : [])] as const,
  catalogue: () => [...queryKeys.all, 'catalogue'] as const,
  /** The published definitions as the catalogue file holds them: under the catalogue, so a publication refreshes it. */
  catalogueFile: () => [...queryKeys.catalogue(), 'file'] as const,
  /** The indicator groups with their names and order (the catalogue carries them too, for the overview). */
  indicatorGroups: () => [...queryKeys.all, 'indicator-groups'] as const,
  indicators: () => [...queryKeys.all, 'indicators'] as const,
  /** Every year of one indicator: what a publication invalidates. */
  indicator: (code: string) => [...queryKeys.indicators(), code] as const,
  indicatorAsOf: (code: string, year: number | undefined) => [...queryKeys.indicator(code), year ?? 'latest'] as const,
  /** One indicator by commune and ward for a year: under the indicator, so its publication refreshes it. */
  indicatorUnits: (code: string, year: number | undefined) => [...queryKeys.indicator(code), 'units', year ?? 'latest'] as const,
  /** An indicator's published commentary for a year: under the indicator, so its publication refreshes it. */
  publishedCommentary: (code: string, year: number, unit: string = PROVINCE_UNIT) => [...queryKeys.indicator(code), 'commentary', year, unit] as const,
  /** A commentary with its draft and history, as analysts edit it. */
  commentaryState: (code: string, year: number, unit: string = PROVINCE_UNIT) => [...queryKeys.all, 'commentary-state', code, year, unit] as const,
  commentaryDrafts: () => [...queryKeys.all, 'commentary-drafts'] as const,
  sources: () => [...queryKeys.all, 'sources'] as const,
  reviews: () => [...queryKeys.all, 'review'] as const,
  review: (year: number | undefined, locale: Locale) => [...queryKeys.reviews(), year, locale] as const,
  drafts: () => [...queryKeys.all, 'drafts'] as const,
  observations: () => [...queryKeys.all, 'observation'] as const,
  /** One figure: the province's, or a commune's or ward's (`unit`). */
  observation: (code: string, year: number, unit: string = PROVINCE_UNIT) => [...queryKeys.observations(), code, year, unit] as const,
  /** Every figure's state in one year (an object, so no indicator code can collide with it). */
  /** Without `unit`, every unit's states of the year (what a saved draft makes stale). */
  yearEntryStates: (year: number, unit?: string) => [...queryKeys.observations(), unit === undefined ? { year } : { year, unit }] as const,
  /** The signed-in user's inbox: private, dropped at sign-out. */
  inbox: () => [...queryKeys.all, 'inbox'] as const,
  /** A year's completeness, by indicator and unit (approvers). */
  completeness: (year: number) => [...queryKeys.all, 'completeness', year] as const,
  /** A year's reporting calendar: rules, people and dates (approvers). */
  calendar: (year: number) => [...queryKeys.all, 'calendar', year] as const,
  users: () => [...queryKeys.all, 'users'] as const,
  /** The admin's view of mail: configured or not, the outbox, failures. */
  mailStatus: () => [...queryKeys.all, 'mail-status'] as const,
  /** The signed-in user's own address and mail choices. */
  myMail: () => [...queryKeys.all, 'my-mail'] as const,
  orgUnits: () => [...queryKeys.all, 'org-units'] as const,
  provinces: () => [...queryKeys.all, 'provinces'] as const,
  /** Everything read from an index's tables: what an import of one invalidates. */
  rankings: (index: string) => [...queryKeys.all, 'rankings', index] as const,
  /** Peers' ranks in an index's tables: an object, so no province code can collide with `top`. */
  peerRanks: (index: string, provinces: readonly string[], top: number | undefined) =>
    [...queryKeys.rankings(index), { provinces: [...provinces], top: top ?? null }] as const,
  /** The catalogue's definitions as approvers edit them (drafts included), not the public catalogue. */
  definitions: () => [...queryKeys.all, 'definitions'] as const,
  definition: (code: string) => [...queryKeys.definitions(), code] as const,
  audits: () => [...queryKeys.all, 'audit'] as const,
  audit: (filters: AuditFilters) => [...queryKeys.audits(), filters] as const,
  importJobs: () => [...queryKeys.all, 'import-job'] as const,
  importJob: (id: string) => [...queryKeys.importJobs(), id] as const,
  screens: () => [...queryKeys.all, 'screens'] as const,
  /** A meeting-room screen's content: the screen and its token select it. */
  screenContent: (id: number, token: string) => [...queryKeys.all, 'screen', id, token] as const,
};
