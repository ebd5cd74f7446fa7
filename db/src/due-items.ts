import { addDays, dueDateOf, entryPath, roleAtLeast, type DueRule, type InboxItem, type OrgUnit, type Role } from '@kpi/shared';
import { loadOverrides } from './due-overrides.js';
import { expectedFigures, type IndicatorRow } from './expected-figures.js';
import type { Db } from './open-db.js';
import { answersFor, NO_RULE, type Answerer, type RuleRecord } from './reporting-rules.js';

type DueItem = Extract<InboxItem, { kind: 'overdue' | 'due-soon' }>;

/** An overdue figure stays in the inbox for a year after its due date; the completeness page shows older gaps. */
export const OVERDUE_LOOKBACK_DAYS = 366;

/** What the inbox reads once and hands to each of its parts. */
export interface InboxCatalogue {
  /** Every indicator, in the catalogue's order. */
  indicators: IndicatorRow[];
  rules: Map<number, RuleRecord>;
  units: OrgUnit[];
}

export interface DueOptions {
  user: Answerer & { role: Role };
  today: string;
  dueDays: number;
  departmentRule: DueRule;
}

/**
 * Figures not yet published whose due date has passed (within OVERDUE_LOOKBACK_DAYS) or comes
 * within `dueDays`: those the user answers for (`answersFor`), one item per indicator, year and
 * kind listing the figures; and for approvers and
 * admins every other overdue one of the department, likewise grouped, so 65 communes make one line.
 */
export function dueItems(db: Db, { user, today, dueDays, departmentRule }: DueOptions, { indicators, rules, units: allUnits }: InboxCatalogue): DueItem[] {
  const thisYear = Number(today.slice(0, 4));
  // A year's figure falls due in the year after it (or, overridden, in it): these years can be due now.
  const years = [thisYear - 2, thisYear - 1, thisYear];
  const overrides = loadOverrides(db, years);
  const oldest = addDays(today, -OVERDUE_LOOKBACK_DAYS);
  const latest = addDays(today, dueDays);
  const department = roleAtLeast(user.role, 'approver');
  const groups = new Map<string, DueItem>();
  for (const [year, expected] of expectedFigures(db, years, { indicators, units: allUnits })) {
    for (const { row, units } of expected) {
      const rule = rules.get(row.id) ?? NO_RULE;
      const yearOverrides = (overrides.get(row.id) ?? []).filter((o) => o.year === year);
      for (const unit of units) {
        if (unit.published) continue;
        const due = dueDateOf({ year, unit: unit.code, rule: rule.due, departmentRule, overrides: yearOverrides });
        if (due < oldest || due > latest) continue;
        const kind = due < today ? 'overdue' : 'due-soon';
        const mine = answersFor(rule, unit.code, user);
        if (!mine && !(department && kind === 'overdue')) continue;
        const scope = mine ? 'mine' : 'department';
        const key = `${kind}/${scope}/${row.code}/${year}`;
        const item: DueItem = groups.get(key) ?? {
          kind,
          scope,
          indicator: { code: row.code, name: { vi: row.nameVi, en: row.nameEn } },
          year,
          due,
          units: [],
          link: scope === 'mine' ? entryPath(row.code, year, unit.code) : `/completeness?year=${year}`,
        };
        if (due < item.due) item.due = due;
        const state = unit.latest === 'draft' || unit.latest === 'returned' ? unit.latest : 'missing';
        item.units.push({ code: unit.code, name: unit.name, kind: unit.kind, state });
        groups.set(key, item);
      }
    }
  }
  return [...groups.values()];
}
