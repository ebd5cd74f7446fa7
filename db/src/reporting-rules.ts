import { roleAtLeast, type DueRule, type Person, type ReportingRule, type ReportingRuleBody } from '@kpi/shared';
import { eq, inArray } from 'drizzle-orm';
import { appendAudit } from './audit.js';
import type { DbOrTx } from './open-db.js';
import { DEFAULT_ORG_UNIT, indicators, orgUnits, reportingRules, reportingUnitResponsibles, users } from './schema.js';

/** Each indicator's rule and people as the calendar and the inbox read them, by indicator id. */
export interface RuleRecord {
  due: DueRule | null;
  responsible: (Person & { id: number }) | null;
  /** A unit's own responsible person, by unit code. */
  units: Map<string, Person & { id: number }>;
  version: number;
}

const personOf = (row: { id: number; username: string; displayName: string }) => ({ id: row.id, username: row.username, displayName: row.displayName });

/** Every indicator's rule record: two queries, whatever the count. Indicators without a row get none. */
export function loadRules(db: DbOrTx): Map<number, RuleRecord> {
  const people = new Map(
    db
      .select({ id: users.id, username: users.username, displayName: users.displayName })
      .from(users)
      .all()
      .map((u) => [u.id, personOf(u)]),
  );
  const rules = new Map<number, RuleRecord>();
  for (const row of db.select().from(reportingRules).all()) {
    rules.set(row.indicatorId, {
      due: row.dueMonth !== null && row.dueDay !== null ? { month: row.dueMonth, day: row.dueDay } : null,
      responsible: row.responsibleUserId === null ? null : (people.get(row.responsibleUserId) ?? null),
      units: new Map(),
      version: row.version,
    });
  }
  for (const row of db.select().from(reportingUnitResponsibles).all()) {
    const person = people.get(row.userId);
    const rule = rules.get(row.indicatorId);
    if (person && rule) rule.units.set(row.orgUnit, person);
  }
  return rules;
}

export const NO_RULE: RuleRecord = { due: null, responsible: null, units: new Map(), version: 0 };

/** Who asks whether they answer for a figure: a commune user has their `unit`. */
export interface Answerer {
  username: string;
  unit?: string | null;
}

/**
 * Whether `user` answers for `unit`'s figure (or action) of an indicator under `rule`: the person
 * the calendar names for that unit; failing one, the indicator's responsible person, and a commune
 * user for their own unit, so that 65 communes' accounts need no line each in the calendar.
 */
export function answersFor(rule: RuleRecord | undefined, unit: string, user: Answerer): boolean {
  const named = rule?.units.get(unit);
  if (named) return named.username === user.username;
  return rule?.responsible?.username === user.username || (user.unit != null && user.unit === unit);
}

/** The rule as the API gives it. */
export function toReportingRule(indicator: { code: string; nameVi: string; nameEn: string }, rule: RuleRecord): ReportingRule {
  const bare = ({ username, displayName }: Person) => ({ username, displayName });
  return {
    code: indicator.code,
    name: { vi: indicator.nameVi, en: indicator.nameEn },
    due: rule.due,
    responsible: rule.responsible && bare(rule.responsible),
    unitResponsibles: [...rule.units].map(([unit, person]) => ({ unit, person: bare(person) })),
    version: rule.version,
  };
}

export type RuleWrite =
  | { ok: true; rule: ReportingRule }
  | { ok: false; status: 404; field: 'code'; reason: 'unknown-indicator' }
  | { ok: false; status: 400 | 409; field: string; reason: 'unknown-user' | 'responsible-role' | 'responsible-unit' | 'unknown-org-unit' | 'stale-version' };

/**
 * Sets an indicator's due rule and responsible people, when `body.version` is the rule's current
 * one (0 while it has none): audited with before and after, in one transaction, or nothing.
 */
export function saveReportingRule(db: DbOrTx, code: string, body: ReportingRuleBody, actor: string): RuleWrite {
  return db.transaction(
    (tx): RuleWrite => {
      const indicator = tx.select().from(indicators).where(eq(indicators.code, code)).get();
      if (!indicator) return { ok: false, status: 404, field: 'code', reason: 'unknown-indicator' };
      const before = loadRules(tx).get(indicator.id) ?? NO_RULE;
      if (before.version !== body.version) return { ok: false, status: 409, field: 'version', reason: 'stale-version' };
      const unitResponsibles = Object.entries(body.unitResponsibles ?? {});
      const names = [...new Set([body.responsible, ...unitResponsibles.map(([, name]) => name)].filter((n): n is string => n !== null))];
      const found = new Map((names.length ? tx.select().from(users).where(inArray(users.username, names)).all() : []).map((u) => [u.username, u]));
      // Only someone who can enter the figures can answer for them: a commune user, its own unit's only.
      const check = (field: string, name: string, unit: string): RuleWrite | undefined => {
        const user = found.get(name);
        if (!user) return { ok: false, status: 400, field, reason: 'unknown-user' };
        if (user.disabled || !roleAtLeast(user.role, 'analyst')) return { ok: false, status: 400, field, reason: 'responsible-role' };
        if (user.unit !== null && user.unit !== unit) return { ok: false, status: 400, field, reason: 'responsible-unit' };
        return undefined;
      };
      const refusal =
        (body.responsible !== null ? check('responsible', body.responsible, DEFAULT_ORG_UNIT) : undefined) ??
        unitResponsibles.map(([unit, name]) => check(`unitResponsibles.${unit}`, name, unit)).find(Boolean);
      if (refusal) return refusal;
      const unitCodes = unitResponsibles.map(([unit]) => unit);
      const knownUnits = new Set(
        (unitCodes.length ? tx.select({ code: orgUnits.code }).from(orgUnits).where(inArray(orgUnits.code, unitCodes)).all() : []).map((u) => u.code),
      );
      const unknownUnit = unitCodes.find((unit) => !knownUnits.has(unit));
      if (unknownUnit) return { ok: false, status: 400, field: `unitResponsibles.${unknownUnit}`, reason: 'unknown-org-unit' };

      const values = {
        dueMonth: body.due?.month ?? null,
        dueDay: body.due?.day ?? null,
        responsibleUserId: body.responsible === null ? null : found.get(body.responsible)!.id,
        version: before.version + 1,
        updatedBy: actor,
        updatedAt: new Date().toISOString(),
      };
      tx.insert(reportingRules)
        .values({ indicatorId: indicator.id, ...values })
        .onConflictDoUpdate({ target: reportingRules.indicatorId, set: values })
        .run();
      tx.delete(reportingUnitResponsibles).where(eq(reportingUnitResponsibles.indicatorId, indicator.id)).run();
      for (const [orgUnit, name] of unitResponsibles) {
        tx.insert(reportingUnitResponsibles)
          .values({ indicatorId: indicator.id, orgUnit, userId: found.get(name)!.id })
          .run();
      }
      const rule = toReportingRule(indicator, loadRules(tx).get(indicator.id)!);
      appendAudit(tx, {
        actor,
        action: 'reporting-rule.save',
        entity: 'reporting-rule',
        entityKey: code,
        indicatorCode: code,
        before: before.version ? toReportingRule(indicator, before) : null,
        after: rule,
      });
      return { ok: true, rule };
    },
    { behavior: 'immediate' },
  );
}
