import { userSchema, usernameSchema } from './auth.js';
import { isoDateSchema, localizedTextSchema } from './common.js';
import { orgUnitCodeSchema } from './org-unit.js';
import { z } from './zod.js';

/**
 * The reporting calendar: when each year's figure of an indicator is due and who answers for it.
 * A rule gives the day and month of the year after the figure's year ("15 January of the next
 * year"); a year's figure can be given another date, for all its units or one. Who is responsible
 * is a user, for the indicator and optionally for one unit's figures.
 */

/** A day of the year: day 15 of month 1. February counts 28 days, so the rule holds every year. */
export const dueRuleSchema = z
  .object({
    month: z.number({ error: 'due-rule-date' }).int('due-rule-date').min(1, 'due-rule-date').max(12, 'due-rule-date'),
    day: z.number({ error: 'due-rule-date' }).int('due-rule-date').min(1, 'due-rule-date').max(31, 'due-rule-date'),
  })
  .refine(({ month, day }) => day <= DAYS_IN_MONTH[month - 1]!, { message: 'due-rule-date', path: ['day'] });
export type DueRule = z.infer<typeof dueRuleSchema>;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * An approver's change of an indicator's rule and responsible people, based on the version read.
 * People are named by username (as accounts are); whether one exists is the database's question.
 */
export const reportingRuleBodySchema = z.object({
  version: z.number({ error: 'integer-required' }).int('integer-required').min(0, 'non-negative'),
  /** Null: the department's rule. */
  due: dueRuleSchema.nullable(),
  responsible: usernameSchema.nullable(),
  /** A unit's own responsible person, by unit code; other units' figures fall to `responsible`. */
  unitResponsibles: z.record(orgUnitCodeSchema, usernameSchema).default({}),
});
export type ReportingRuleBody = z.input<typeof reportingRuleBodySchema>;

/** A year's date is addressed as the figure is (observationParamsSchema). `unit` absent: the date holds for the year's every figure of the indicator that has no date of its own. */
export const dueOverrideQuerySchema = z.object({ unit: orgUnitCodeSchema.optional() });
export const dueOverrideBodySchema = z.object({
  version: z.number({ error: 'integer-required' }).int('integer-required').min(0, 'non-negative'),
  due: isoDateSchema,
});
export const dueOverrideDeleteQuerySchema = dueOverrideQuerySchema.extend({
  version: z.coerce.number({ error: 'integer-required' }).int('integer-required').min(1, 'positive'),
});

export const personSchema = userSchema.pick({ username: true, displayName: true });
export type Person = z.infer<typeof personSchema>;

export const dueOverrideSchema = z.object({ unit: z.string().nullable(), due: isoDateSchema, version: z.number().int() });
export type DueOverride = z.infer<typeof dueOverrideSchema>;

/** One indicator's calendar as approvers read and change it; `version` 0 until a rule is saved. */
export const reportingRuleSchema = z.object({
  code: z.string(),
  name: localizedTextSchema,
  /** The indicator's own rule, or null for the department's. */
  due: dueRuleSchema.nullable(),
  responsible: personSchema.nullable(),
  unitResponsibles: z.array(z.object({ unit: z.string(), person: personSchema })),
  version: z.number().int(),
});
export type ReportingRule = z.infer<typeof reportingRuleSchema>;

/**
 * The calendar of one year: the department's rule, each current indicator's rule, dates and people,
 * and who can be made responsible (enabled users of role analyst or above, by display name), since
 * approvers cannot list users.
 */
export const calendarSchema = z.object({
  year: z.number().int(),
  departmentRule: dueRuleSchema,
  people: z.array(personSchema),
  indicators: z.array(
    reportingRuleSchema.extend({
      /** The province figure's due date this year, after any override. */
      provinceDue: isoDateSchema,
      overrides: z.array(dueOverrideSchema),
    }),
  ),
});
export type Calendar = z.infer<typeof calendarSchema>;
