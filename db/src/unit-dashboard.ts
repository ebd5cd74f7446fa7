import { groupBy, predecessorFigures, unitTargets, type Figure, type IndicatorData, type Target } from '@kpi/shared';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { toFigure, toSource, toTarget } from './mappers.js';
import type { Db } from './open-db.js';
import { listOrgUnits } from './org-units.js';
import { indicators, observationRevisions, observations, sources, targets } from './schema.js';

/**
 * One commune's (or ward's, or former district's) overview: for each indicator whose province
 * figure is made from its units (aggregation not `none`), the unit's published figures, and each
 * year's target: the unit's own where it has one, else the province's (`province`, as
 * loadPublishedData gives it). A few queries, whatever the number of indicators and years.
 * Before a unit formed in the 2025 reorganisation existed, its figures are its former units' summed,
 * where they can be (`predecessorFigures`): derived, and only in years the unit has none of its own.
 */
export function loadUnitDashboardData(db: Db, unit: string, province: readonly IndicatorData[]): IndicatorData[] {
  const rows = db
    .select({ id: indicators.id, code: indicators.code, aggregation: indicators.aggregation })
    .from(indicators)
    .where(ne(indicators.aggregation, 'none'))
    .all();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const codeById = new Map(rows.map((r) => [r.id, r.code]));
  const aggregationOf = new Map(rows.map((r) => [r.id, r.aggregation]));
  const allUnits = listOrgUnits(db);
  const self = allUnits.find((u) => u.code === unit);
  const predecessors = self?.predecessors ?? [];
  const joined = db
    .select({ obs: observations, rev: observationRevisions })
    .from(observations)
    .innerJoin(observationRevisions, and(eq(observationRevisions.observationId, observations.id), eq(observationRevisions.state, 'published')))
    .where(and(inArray(observations.orgUnit, [unit, ...predecessors]), inArray(observations.indicatorId, ids)))
    .orderBy(asc(observations.period))
    .all();
  const targetRows = db
    .select()
    .from(targets)
    .where(and(eq(targets.orgUnit, unit), inArray(targets.indicatorId, ids)))
    .orderBy(asc(targets.year), asc(targets.revision))
    .all();
  const sourceIds = [...new Set([...joined.map((r) => r.rev.sourceId), ...targetRows.map((t) => t.sourceId)].filter((id): id is number => id !== null))];
  const sourceById = new Map((sourceIds.length ? db.select().from(sources).where(inArray(sources.id, sourceIds)).all() : []).map((s) => [s.id, toSource(s)]));
  const source = (id: number | null) => (id === null ? null : (sourceById.get(id) ?? null));
  const latest = new Map<string, number>();
  for (const t of targetRows) latest.set(`${t.indicatorId}/${t.year}`, Math.max(latest.get(`${t.indicatorId}/${t.year}`) ?? 0, t.revision));

  const figuresOf = groupBy(joined, (r) => codeById.get(r.obs.indicatorId)!);
  const idOf = new Map(rows.map((r) => [r.code, r.id]));
  // In the overview's order, as the province's list has them.
  return province
    .filter((d) => idOf.has(d.indicator.code))
    .map(({ indicator, targets: provinceTargets }) => {
      const id = idOf.get(indicator.code)!;
      const all = (figuresOf.get(indicator.code) ?? []).map(({ obs, rev }) => toFigure(indicator.kind, obs, rev, source(rev.sourceId)));
      const own = all.filter((f) => f.orgUnit === unit);
      const ownFigureYears = new Set(own.map((f) => f.year));
      const before: Figure[] = self
        ? predecessorFigures({ unit: self, units: allUnits, aggregation: aggregationOf.get(id)!, figures: all.filter((f) => f.orgUnit !== unit) }).figures
        : [];
      const ownTargets: Target[] = targetRows
        .filter((t) => t.indicatorId === id)
        .map((t) => toTarget(t, source(t.sourceId), latest.get(`${id}/${t.year}`) === t.revision));
      return {
        indicator,
        figures: [...before.filter((f) => !ownFigureYears.has(f.year)), ...own].sort((a, b) => a.year - b.year),
        // One rule with the breakdown by unit: the province's target applies in a year the unit has none of its own.
        targets: unitTargets(ownTargets, provinceTargets),
      };
    });
}
