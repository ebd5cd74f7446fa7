import { dueDateOf, isCurrentIn, type Calendar, type DueRule } from '@kpi/shared';
import { asc } from 'drizzle-orm';
import { loadOverrides } from './due-overrides.js';
import { toIndicator } from './mappers.js';
import type { DbOrTx } from './open-db.js';
import { loadRules, NO_RULE, toReportingRule } from './reporting-rules.js';
import { DEFAULT_ORG_UNIT, indicators } from './schema.js';

/** The calendar of `year`: each indicator current that year, its rule, people, overrides and the province figure's due date. */
export function readCalendar(db: DbOrTx, year: number, departmentRule: DueRule): Calendar {
  const rules = loadRules(db);
  const overrides = loadOverrides(db, [year]);
  const rows = db.select().from(indicators).orderBy(asc(indicators.sortOrder), asc(indicators.id)).all();
  return {
    year,
    departmentRule,
    indicators: rows
      .filter((row) => isCurrentIn(toIndicator(row), year))
      .map((row) => {
        const rule = rules.get(row.id) ?? NO_RULE;
        const own = (overrides.get(row.id) ?? []).map(({ unit, due, version }) => ({ unit, due, version }));
        return {
          ...toReportingRule(row, rule),
          provinceDue: dueDateOf({ year, unit: DEFAULT_ORG_UNIT, rule: rule.due, departmentRule, overrides: own }),
          overrides: own,
        };
      }),
  };
}
