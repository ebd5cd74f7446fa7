import type { Figure } from '@kpi/shared';
import { and, asc, eq, ne } from 'drizzle-orm';
import { toFigure, toIndicator } from './mappers.js';
import type { Db } from './open-db.js';
import { listSources } from './queries.js';
import { DEFAULT_ORG_UNIT, indicators, observationRevisions, observations, orgUnits } from './schema.js';

/**
 * The published figures of the units below the province (communes, wards, former units), by
 * indicator code, each list by year then in the units' order. Drafts never: this feeds exports.
 */
export function publishedUnitFigures(db: Db): Map<string, Figure[]> {
  const sourceById = new Map(listSources(db, { all: true }).map((s) => [s.id, s]));
  const rows = db
    .select({ indicator: indicators, obs: observations, rev: observationRevisions })
    .from(observations)
    .innerJoin(indicators, eq(indicators.id, observations.indicatorId))
    .innerJoin(observationRevisions, and(eq(observationRevisions.observationId, observations.id), eq(observationRevisions.state, 'published')))
    .leftJoin(orgUnits, eq(orgUnits.code, observations.orgUnit))
    .where(ne(observations.orgUnit, DEFAULT_ORG_UNIT))
    .orderBy(asc(observations.period), asc(orgUnits.id), asc(observations.orgUnit))
    .all();
  const byCode = new Map<string, Figure[]>();
  for (const { indicator, obs, rev } of rows) {
    const figure = toFigure(toIndicator(indicator).kind, obs, rev, rev.sourceId === null ? null : (sourceById.get(rev.sourceId) ?? null));
    const list = byCode.get(indicator.code);
    if (list) list.push(figure);
    else byCode.set(indicator.code, [figure]);
  }
  return byCode;
}
