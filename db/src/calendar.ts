import { dueDateOf, isCurrentIn, roleAtLeast, type Calendar, type DueRule, type Person } from '@kpi/shared';
import { asc } from 'drizzle-orm';
import { loadOverrides } from './due-overrides.js';
import { toIndicator } from './mappers.js';
import type { DbOrTx } from './open-db.js';
import { loadRules, NO_RULE, toReportingRule } from './reporting-rules.js';
import { DEFAULT_ORG_UNIT, indicators, users } from './schema.js';

/** The calendar of `year`: each indicator current that year, its rule, people, overrides and the province figure's due date. */
export function readCalendar(db: DbOrTx, year: number, departmentRule: DueRule): Calendar {
  const rules = loadRules(db);
  const overrides = loadOverrides(db, [year]);
  const rows = db.select().from(indicators).orderBy(asc(indicators.sortOrder), asc(indicators.id)).all();
  return {
    year,
    departmentRule,
    people: responsiblePeople(db),
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

/** Who can answer for figures (saveReportingRule's own test): enabled users of role analyst or above, by display name. */
export function responsiblePeople(db: DbOrTx): Person[] {
  return db
    .select({ username: users.username, displayName: users.displayName, role: users.role, disabled: users.disabled })
    .from(users)
    .all()
    .filter((u) => !u.disabled && roleAtLeast(u.role, 'analyst'))
    .map(({ username, displayName }) => ({ username, displayName }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi') || a.username.localeCompare(b.username));
}
