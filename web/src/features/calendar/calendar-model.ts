import { PROVINCE_UNIT, type Calendar, type DefinitionList } from '@kpi/shared';

export type CalendarIndicator = Calendar['indicators'][number];

/** The year's own date for every figure of the indicator (the one the editor sets), if any. */
export const yearOverride = (indicator: CalendarIndicator) => indicator.overrides.find((o) => o.unit === null);

/** Whether the province's due date this year is a date of its own rather than the rule's. */
export const hasOwnDate = (indicator: CalendarIndicator) => indicator.overrides.some((o) => o.unit === null || o.unit === PROVINCE_UNIT);

/** The codes of indicators whose published definition builds the province's figure from its units'. */
export function unitBuiltCodes(definitions: DefinitionList | undefined): ReadonlySet<string> {
  return new Set((definitions?.definitions ?? []).filter((d) => d.published && d.published.aggregation !== 'none').map((d) => d.code));
}
