/**
 * A commune's years before it existed. The 2025 reorganisation formed each new commune from named
 * former units; where every one of them went wholly into this commune, their figures of a year can
 * be summed (as the province is summed from its units: numerators and denominators, or values) into
 * a figure for the commune's area in that year. Where a former unit was divided among several new
 * ones, or one of them has no figure that year, no sum is honest and the year stays empty.
 *
 * A summed figure is derived, never entered: its basis says so and its note names the former units.
 */
import { aggregateFigures } from './unit-breakdown.js';
import { groupBy } from './arrays.js';
import type { Figure } from './schemas/figure.js';
import type { Aggregation } from './schemas/indicator.js';
import type { OrgUnit } from './schemas/org-unit.js';

export type SuccessionUnit = Pick<OrgUnit, 'code' | 'name' | 'validFrom' | 'predecessors'>;

export interface PredecessorFiguresInput {
  unit: SuccessionUnit;
  /** Every unit, to tell a former unit that went wholly into `unit` from one divided among several. */
  units: readonly SuccessionUnit[];
  aggregation: Aggregation;
  /** Published figures of the unit's predecessors, any year. */
  figures: readonly Figure[];
}

export interface PredecessorFigures {
  /** Derived figures for the years before the unit existed, oldest first. */
  figures: Figure[];
  /** Former units that were divided among several new ones: their figures cannot be summed into one. */
  divided: string[];
}

/** The first year the unit existed at the year's end: the year a breakdown first counts it in. */
function firstYear(unit: SuccessionUnit): number | null {
  return unit.validFrom ? Number(unit.validFrom.slice(0, 4)) : null;
}

export function predecessorFigures({ unit, units, aggregation, figures }: PredecessorFiguresInput): PredecessorFigures {
  const from = firstYear(unit);
  if (aggregation === 'none' || unit.predecessors.length === 0 || from === null) return { figures: [], divided: [] };
  const successorsOf = new Map<string, number>();
  for (const u of units) for (const p of u.predecessors) successorsOf.set(p, (successorsOf.get(p) ?? 0) + 1);
  const divided = unit.predecessors.filter((p) => (successorsOf.get(p) ?? 0) > 1);
  if (divided.length > 0) return { figures: [], divided };

  const names = unit.predecessors.map((code) => units.find((u) => u.code === code)?.name ?? code);
  const byYear = groupBy(
    figures.filter((f) => unit.predecessors.includes(f.orgUnit) && f.year < from),
    (f) => f.year,
  );
  const summed: Figure[] = [];
  for (const [year, ofYear] of [...byYear].sort(([a], [b]) => a - b)) {
    // Every former unit must have reported: a partial sum would read as a fall.
    if (new Set(ofYear.map((f) => f.orgUnit)).size !== unit.predecessors.length) continue;
    const total = aggregateFigures(aggregation, ofYear);
    if (!total) continue;
    const sources = new Set(ofYear.map((f) => f.source?.id ?? null));
    const provenance = {
      year,
      orgUnit: unit.code,
      asOf: null,
      source: sources.size === 1 ? (ofYear[0]!.source ?? null) : null,
      locator: null,
      note: `Cộng từ số liệu của các đơn vị trước sắp xếp: ${names.join(', ')}.`,
      noteEn: `Summed from the figures of the units it was formed from: ${names.join(', ')}.`,
      publishedText: null,
      basis: 'derived' as const,
      version: 1,
    };
    summed.push(total.kind === 'ratio' ? { ...provenance, ...total, published: null } : { ...provenance, ...total });
  }
  return { figures: summed, divided: [] };
}
