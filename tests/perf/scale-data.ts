// The database bench:scale measures: the seed, then INDICATORS test indicators, each with a
// published figure for every unit and year. Built straight into SQLite (one transaction of
// prepared statements): through the API it would take an hour, and what is measured is reading it.
import { listOrgUnits, writeDefinition, type Db } from '@kpi/db';
import { indicatorDefinitionSchema, PROVINCE_UNIT } from '@kpi/shared';

export interface ScaleShape {
  indicators: number;
  /** The province and this many of today's communes and wards. */
  units: number;
  /** The years, the last being `lastYear`. */
  years: number;
  lastYear: number;
}

export interface ScaleData {
  codes: string[];
  units: string[];
  years: number[];
  figures: number;
}

/** Half ratios summed by numerators and denominators, half counts summed: both aggregations. */
function addIndicators(db: Db, count: number): string[] {
  const codes = Array.from({ length: count }, (_, i) => `scale-${i + 1}`);
  db.transaction((tx) =>
    codes.forEach((code, i) => {
      const ratio = i % 2 === 0;
      const definition = indicatorDefinitionSchema.parse({
        code,
        name: { vi: `Chỉ tiêu quy mô ${i + 1}`, en: `Scale indicator ${i + 1}` },
        group: 'digital-society',
        kind: ratio ? 'ratio' : 'value',
        direction: 'up',
        unit: ratio ? 'percent' : 'count',
        decimals: ratio ? 1 : 0,
        aggregation: ratio ? 'ratio-sum' : 'sum',
      });
      writeDefinition(tx, definition, 1);
    }),
  );
  return codes;
}

/** A figure for every indicator × unit × year, published, citing the seed's first source. */
export function buildScaleData(db: Db, shape: ScaleShape): ScaleData {
  const codes = addIndicators(db, shape.indicators);
  const communes = listOrgUnits(db)
    .filter((u) => u.code !== PROVINCE_UNIT && u.validTo === null && (u.kind === 'commune' || u.kind === 'ward'))
    .map((u) => u.code);
  const units = [PROVINCE_UNIT, ...communes].slice(0, shape.units);
  const years = Array.from({ length: shape.years }, (_, i) => shape.lastYear - shape.years + 1 + i);
  const sqlite = db.$client;
  const ids = new Map(
    sqlite
      .prepare('select id, code from indicators')
      .all()
      .map((r) => [(r as { code: string }).code, (r as { id: number }).id]),
  );
  const insertObservation = sqlite.prepare('insert into observations (indicator_id, period, org_unit, version) values (?, ?, ?, 1)');
  const insertRevision = sqlite.prepare(
    `insert into observation_revisions (observation_id, state, numerator, denominator, value, source_id, created_by, reviewed_by, reviewed_at)
     values (?, 'published', ?, ?, ?, 1, 'scale-analyst', 'scale-approver', ?)`,
  );
  const reviewedAt = new Date().toISOString();
  let figures = 0;
  sqlite.transaction(() => {
    codes.forEach((code, c) => {
      const ratio = c % 2 === 0;
      for (const [u, unit] of units.entries()) {
        for (const year of years) {
          const observationId = insertObservation.run(ids.get(code), year, unit).lastInsertRowid;
          // Figures that differ by indicator, unit and year, so no two cards or rows look alike.
          const base = 40 + ((c * 7 + u * 13 + year) % 55);
          if (ratio) insertRevision.run(observationId, base * 10, 1000, null, reviewedAt);
          else insertRevision.run(observationId, null, null, base * 100 + u, reviewedAt);
          figures += 1;
        }
      }
    });
  })();
  return { codes, units, years, figures };
}
