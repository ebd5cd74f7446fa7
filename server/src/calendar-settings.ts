import { DEFAULT_DUE_RULE, type DueRule } from '@kpi/shared';

/** The reporting calendar's settings: configurable (config.ts, buildApp), read by the inbox and the digest. */
export interface CalendarSettings {
  /** Where no indicator has a rule of its own (REPORT_DUE_MONTH, REPORT_DUE_DAY). */
  departmentRule: DueRule;
  /** "Due soon" reaches this many days ahead (INBOX_DUE_DAYS). */
  dueDays: number;
  /** A worsened status stays this many days after its publication (INBOX_WORSENED_DAYS). */
  worsenedDays: number;
}

export const DEFAULT_CALENDAR: CalendarSettings = { departmentRule: DEFAULT_DUE_RULE, dueDays: 14, worsenedDays: 30 };
