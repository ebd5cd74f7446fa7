import { changeSince } from './change.js';
import { decimalsOf, differsBeyondRounding } from './data-quality.js';
import { ratePercent } from './figures.js';
import { summariseFigure, summariseStatus, summariseTarget } from './indicator-view.js';
import { computeProgress } from './progress.js';
import type { Figure } from './schemas/figure.js';
import type { Aggregation, Indicator } from './schemas/indicator.js';
import { PROVINCE_UNIT } from './constants.js';
import type { OrgUnit } from './schemas/org-unit.js';
import type { StatusResult } from './schemas/status.js';
import type { Target } from './schemas/target.js';
import type { ComputedFigure, TargetOrigin, UnitBreakdown, UnitRow } from './schemas/unit-breakdown.js';
import { targetForYear } from './targets.js';
import { statusesWorstFirst } from './worst-first.js';

export type BreakdownUnit = Pick<OrgUnit, 'code' | 'name' | 'kind' | 'parent' | 'validFrom' | 'validTo'>;

export interface UnitBreakdownInput {
  indicator: Indicator;
  aggregation: Aggregation;
  year: number;
  /** Every organisation unit; those under the province at the year's end are listed. */
  units: readonly BreakdownUnit[];
  /** The province's own published figures and targets. */
  province: { figures: readonly Figure[]; targets: readonly Target[] };
  /** The units' published figures, any unit and year (each names its `orgUnit`). */
  unitFigures: readonly Figure[];
  /** Targets set for a unit itself, by unit code. */
  unitTargets: ReadonlyMap<string, readonly Target[]>;
}

/**
 * The units a year is broken down into: those directly under the province that existed on the
 * year's last day, so a year of the 2025 reorganisation counts the 65 communes and wards that
 * replaced the districts, and no figure is counted twice.
 */
export function unitsInYear<U extends BreakdownUnit>(units: readonly U[], year: number, province = PROVINCE_UNIT): U[] {
  const lastDay = `${year}-12-31`;
  return units.filter(
    (u) => u.parent === province && u.code !== province && (u.validFrom === null || u.validFrom <= lastDay) && (u.validTo === null || u.validTo >= lastDay),
  );
}

/** The province from its units' figures: numerators over denominators, or the sum; none for `none`. */
export function aggregateFigures(aggregation: Aggregation, figures: readonly Figure[]): ComputedFigure | null {
  if (aggregation === 'none' || figures.length === 0) return null;
  if (aggregation === 'ratio-sum') {
    let numerator = 0;
    let denominator = 0;
    for (const f of figures) {
      if (f.kind !== 'ratio') return null;
      numerator += f.numerator;
      denominator += f.denominator;
    }
    return denominator > 0 ? { kind: 'ratio', numerator, denominator, rate: ratePercent(numerator, denominator) } : null;
  }
  let value = 0;
  for (const f of figures) {
    if (f.kind !== 'value') return null;
    value += f.value;
  }
  return { kind: 'value', value };
}

/**
 * Whether the province's entered figure and the one computed from its units differ beyond the
 * rounding the entered one is shown with, as a published rate is checked against its integers:
 * the published rate at its own decimals, else the rate at the indicator's, a value at its own.
 */
export function enteredDiffers(entered: Figure | null, computed: ComputedFigure | null, decimals: number): boolean {
  if (!entered || !computed) return false;
  if (entered.kind === 'ratio' && computed.kind === 'ratio') {
    return entered.published !== null
      ? differsBeyondRounding(entered.published, computed.rate, decimalsOf(entered.published))
      : differsBeyondRounding(entered.rate, computed.rate, decimals);
  }
  if (entered.kind === 'value' && computed.kind === 'value') return differsBeyondRounding(entered.value, computed.value, decimalsOf(entered.value));
  return false;
}

/** Signed distance from the target in the terms the status compared, negative when short of it. */
function gapOf({ explanation }: StatusResult): number | null {
  const { latest, target } = explanation;
  if (!latest || !target) return null;
  if (target.comparator === 'gte') return latest.value - target.value;
  if (target.comparator === 'lte') return target.value - latest.value;
  return -Math.abs(latest.value - target.value);
}

const severity = new Map<string, number>(statusesWorstFirst.map((status, index) => [status, index]));
const ascendingNullsLast = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);

/** Worst status first; within it the slowest pace, then the largest shortfall; then by name. */
export function compareUnitRows(a: UnitRow, b: UnitRow): number {
  const reported = Number(a.figure === null) - Number(b.figure === null);
  if (reported !== 0) return reported;
  if (a.figure !== null) {
    const bySeverity = severity.get(a.status.status)! - severity.get(b.status.status)!;
    if (bySeverity !== 0) return bySeverity;
    const byRatio = ascendingNullsLast(a.status.ratio, b.status.ratio);
    if (byRatio !== 0) return byRatio;
    const byGap = ascendingNullsLast(a.gap, b.gap);
    if (byGap !== 0) return byGap;
  }
  return a.unit.name.localeCompare(b.unit.name, 'vi');
}

/**
 * The targets that judge a unit: its own for each year it has one, the province's for every other
 * year. Year by year, so a commune's own 2030 target does not hide the province's 2026 milestone
 * from the 2026 judgement; the nearest due then applies as for the province (`targetForYear`).
 */
export function unitTargets(own: readonly Target[], province: readonly Target[]): Target[] {
  const ownYears = new Set(own.map((t) => t.year));
  return [...own, ...province.filter((t) => !ownYears.has(t.year))].sort((a, b) => a.year - b.year || a.revision - b.revision);
}

/** The target that judges a unit in `year`, and whose it is: its own, else the province's (null: none). */
export function unitTargetForYear(own: readonly Target[], province: readonly Target[], year: number): { target: Target | null; targetOf: TargetOrigin | null } {
  const target = targetForYear(unitTargets(own, province), year);
  if (!target) return { target: null, targetOf: null };
  return { target, targetOf: own.includes(target) ? 'unit' : 'province' };
}

/** Years with at least one unit's figure, newest first. */
export function unitFigureYears(unitFigures: readonly Figure[]): number[] {
  return [...new Set(unitFigures.map((f) => f.year))].sort((a, b) => b - a);
}

/**
 * One indicator for one year, unit by unit: each unit's figure, last year's and the change, the
 * target that judges it (its own for the year, else the province's: `unitTargetForYear`) and its status by the progress method,
 * furthest behind first and those not reported last; and the province computed from its parts
 * beside the figure entered for it.
 */
export function buildUnitBreakdown(input: UnitBreakdownInput): UnitBreakdown {
  const { indicator, aggregation, year, province } = input;
  const byUnit = new Map<string, Figure[]>();
  for (const f of input.unitFigures) {
    const list = byUnit.get(f.orgUnit);
    if (list) list.push(f);
    else byUnit.set(f.orgUnit, [f]);
  }
  const provinceTarget = targetForYear(province.targets, year);
  const reportedFigures: Figure[] = [];
  const rows = unitsInYear(input.units, year).map((unit): UnitRow => {
    const figures = (byUnit.get(unit.code) ?? []).filter((f) => f.year <= year);
    const figure = figures.find((f) => f.year === year) ?? null;
    const previous = figures.find((f) => f.year === year - 1) ?? null;
    if (figure) reportedFigures.push(figure);
    const { target, targetOf } = unitTargetForYear(input.unitTargets.get(unit.code) ?? [], province.targets, year);
    const status = computeProgress({ kind: indicator.kind, figures: figure ? figures : [], target, year });
    return {
      unit: { code: unit.code, name: unit.name, kind: unit.kind },
      figure: figure && summariseFigure(figure),
      previous: previous && summariseFigure(previous),
      change: changeSince(indicator, previous, figure),
      target: target && summariseTarget(target),
      targetOf,
      status: summariseStatus(status),
      gap: figure ? gapOf(status) : null,
    };
  });
  const computed = aggregateFigures(aggregation, reportedFigures);
  const entered = province.figures.find((f) => f.year === year) ?? null;
  return {
    code: indicator.code,
    year,
    aggregation,
    years: unitFigureYears(input.unitFigures),
    province: {
      computed,
      reported: reportedFigures.length,
      expected: rows.length,
      entered: entered && summariseFigure(entered),
      mismatch: enteredDiffers(entered, computed, indicator.decimals),
      target: provinceTarget && summariseTarget(provinceTarget),
    },
    units: rows.sort(compareUnitRows),
  };
}
