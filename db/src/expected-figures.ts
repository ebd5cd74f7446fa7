import { isCurrentIn, unitsInYear, type Completeness, type OrgUnit, type UnitRef } from '@kpi/shared';
import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import { toIndicator } from './mappers.js';
import type { DbOrTx } from './open-db.js';
import { listOrgUnits } from './org-units.js';
import { DEFAULT_ORG_UNIT, indicators, observationRevisions, observations } from './schema.js';

export type IndicatorRow = typeof indicators.$inferSelect;

/** Where one expected figure stands: its latest revision's state (null: none entered) and whether one is published. */
export interface FigureStanding {
  latest: 'draft' | 'returned' | 'published' | null;
  published: boolean;
}

export interface ExpectedIndicator {
  row: IndicatorRow;
  /** The province first, then each unit the figure is expected of. */
  units: (UnitRef & FigureStanding)[];
}

/**
 * The figures expected for `year`: every indicator current that year (not retired, not replaced),
 * for the province and, when its definition builds the province's figure from its units', for each
 * unit directly under the province that stood on the year's last day (`unitsInYear`: the 65
 * communes and wards from 2025, the districts before), each with where it stands. Three queries,
 * one when the caller already holds the indicators (in catalogue order) and the units.
 */
export function expectedFigures(
  db: DbOrTx,
  years: readonly number[],
  loaded: { indicators?: IndicatorRow[]; units?: OrgUnit[] } = {},
): Map<number, ExpectedIndicator[]> {
  const rows = loaded.indicators ?? indicatorRows(db);
  const allUnits = loaded.units ?? listOrgUnits(db);
  const province = allUnits.find((u) => u.code === DEFAULT_ORG_UNIT) ?? { code: DEFAULT_ORG_UNIT, name: 'Lạng Sơn', kind: 'province' as const };
  const revisions = years.length
    ? db
        .select({ indicatorId: observations.indicatorId, year: observations.period, unit: observations.orgUnit, state: observationRevisions.state })
        .from(observationRevisions)
        .innerJoin(observations, eq(observations.id, observationRevisions.observationId))
        .where(and(inArray(observations.period, [...years]), ne(observationRevisions.state, 'superseded')))
        .orderBy(desc(observationRevisions.id))
        .all()
    : [];
  const standing = new Map<string, FigureStanding>();
  for (const r of revisions) {
    if (r.state === 'superseded') continue; // filtered by the query; this narrows the type
    const key = `${r.indicatorId}/${r.year}/${r.unit}`;
    // Newest first: the first revision seen is the latest.
    const known = standing.get(key) ?? { latest: r.state, published: false };
    known.published ||= r.state === 'published';
    standing.set(key, known);
  }
  const result = new Map<number, ExpectedIndicator[]>();
  for (const year of years) {
    const units = unitsInYear(allUnits, year);
    result.set(
      year,
      rows
        .filter((row) => isCurrentIn(toIndicator(row), year))
        .map((row) => ({
          row,
          units: [province, ...(row.aggregation === 'none' ? [] : units)].map(({ code, name, kind }) => ({
            code,
            name,
            kind,
            ...(standing.get(`${row.id}/${year}/${code}`) ?? { latest: null, published: false }),
          })),
        })),
    );
  }
  return result;
}

/** Every indicator row, in the catalogue's order. */
export function indicatorRows(db: DbOrTx): IndicatorRow[] {
  return db.select().from(indicators).orderBy(asc(indicators.sortOrder), asc(indicators.id)).all();
}

const ref = ({ code, name, kind }: UnitRef): UnitRef => ({ code, name, kind });

/**
 * The share of a year's expected figures that are published, by indicator and by unit (DHIS2's
 * reporting rate), each indicator with the figures still missing.
 */
export function completeness(db: DbOrTx, year: number): Completeness {
  const expected = expectedFigures(db, [year]).get(year)!;
  const byUnit = new Map<string, { unit: UnitRef; expected: number; published: number }>();
  const byIndicator = expected.map(({ row, units }) => {
    for (const u of units) {
      const entry = byUnit.get(u.code) ?? { unit: ref(u), expected: 0, published: 0 };
      entry.expected += 1;
      entry.published += u.published ? 1 : 0;
      byUnit.set(u.code, entry);
    }
    return {
      code: row.code,
      name: { vi: row.nameVi, en: row.nameEn },
      expected: units.length,
      published: units.filter((u) => u.published).length,
      missing: units.filter((u) => !u.published).map(ref),
    };
  });
  const total = (key: 'expected' | 'published') => byIndicator.reduce((sum, i) => sum + i[key], 0);
  return { year, expected: total('expected'), published: total('published'), byIndicator, byUnit: [...byUnit.values()] };
}
