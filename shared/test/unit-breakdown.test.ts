import { describe, expect, it } from 'vitest';
import type { Figure, Target } from '../src/index.js';
import {
  aggregateFigures,
  buildUnitBreakdown,
  enteredDiffers,
  unitTargetForYear,
  unitTargets,
  unitsInYear,
  type BreakdownUnit,
  type UnitBreakdownInput,
} from '../src/unit-breakdown.js';
import { indicator, ratioFigure, target, valueFigure } from './factories.js';

const commune = (code: string, name: string): BreakdownUnit => ({ code, name, kind: 'commune', parent: 'lang-son', validFrom: '2025-07-01', validTo: null });
const units: BreakdownUnit[] = [
  { code: 'lang-son', name: 'Lạng Sơn', kind: 'province', parent: null, validFrom: null, validTo: null },
  { code: 'huyen-loc-binh', name: 'Lộc Bình', kind: 'district', parent: 'lang-son', validFrom: null, validTo: '2025-06-30' },
  { code: 'loc-binh-xa-a', name: 'Xã cũ', kind: 'commune', parent: 'huyen-loc-binh', validFrom: null, validTo: '2025-06-30' },
  commune('an-a', 'An A'),
  commune('bac-b', 'Bắc B'),
  commune('cao-c', 'Cao C'),
  commune('dong-d', 'Đông D'),
];
const rate = indicator('rate', 'Tỷ lệ', 'Rate', { kind: 'ratio', unit: 'percent', decimals: 1 });
const at = (code: string, figure: Figure): Figure => ({ ...figure, orgUnit: code });

function input(extra: Partial<UnitBreakdownInput> = {}): UnitBreakdownInput {
  return {
    indicator: rate,
    aggregation: 'ratio-sum',
    year: 2026,
    units,
    province: { figures: [], targets: [target(2030, 80)] },
    unitFigures: [],
    unitTargets: new Map(),
    ...extra,
  };
}

describe('unitsInYear', () => {
  it('takes the units directly under the province that existed on the last day of the year', () => {
    expect(unitsInYear(units, 2024).map((u) => u.code)).toEqual(['huyen-loc-binh']);
    expect(unitsInYear(units, 2025).map((u) => u.code)).toEqual(['an-a', 'bac-b', 'cao-c', 'dong-d']);
  });
});

describe('aggregateFigures', () => {
  it('adds numerators and denominators for ratio-sum, values for sum, and computes nothing for none', () => {
    const ratios = [ratioFigure(2026, 30, 100), ratioFigure(2026, 90, 100)];
    expect(aggregateFigures('ratio-sum', ratios)).toEqual({ kind: 'ratio', numerator: 120, denominator: 200, rate: 60 });
    expect(aggregateFigures('sum', [valueFigure(2026, 12, {}), valueFigure(2026, 3.5)])).toEqual({ kind: 'value', value: 15.5 });
    expect(aggregateFigures('none', ratios)).toBeNull();
    expect(aggregateFigures('ratio-sum', [])).toBeNull();
  });
});

describe('enteredDiffers', () => {
  const computed = { kind: 'ratio', numerator: 120, denominator: 200, rate: 60 } as const;
  it('flags an entered rate that differs from the computed one beyond the rounding it is shown with', () => {
    expect(enteredDiffers(ratioFigure(2026, 1203, 2000), computed, 1)).toBe(true); // 60.15 %
    expect(enteredDiffers(ratioFigure(2026, 1200, 2000), computed, 1)).toBe(false);
    expect(enteredDiffers(ratioFigure(2026, 1201, 2000), computed, 1)).toBe(false); // 60.05 % rounds to 60.0 or 60.1
    expect(enteredDiffers(ratioFigure(2026, 1, 2, 60.0), computed, 1)).toBe(false); // the published rate is what was entered
    expect(enteredDiffers(ratioFigure(2026, 1, 2, 61), computed, 1)).toBe(true);
    expect(enteredDiffers(valueFigure(2026, 16), { kind: 'value', value: 15.5 }, 0)).toBe(false);
    expect(enteredDiffers(valueFigure(2026, 17), { kind: 'value', value: 15.5 }, 0)).toBe(true);
    expect(enteredDiffers(null, computed, 1)).toBe(false);
  });
});

describe('unitTargetForYear', () => {
  const province = [target(2026, 80), target(2030, 95)];

  it('judges a unit by its own target for a year it has one, else by the province’s', () => {
    const own = [target(2026, 60)];
    expect(unitTargetForYear(own, province, 2026)).toEqual({ target: own[0], targetOf: 'unit' });
    expect(unitTargetForYear(own, province, 2027)).toEqual({ target: province[1], targetOf: 'province' });
    expect(unitTargetForYear([], province, 2026)).toEqual({ target: province[0], targetOf: 'province' });
    expect(unitTargetForYear([], [], 2026)).toEqual({ target: null, targetOf: null });
  });

  it('keeps the province’s nearer milestone before a unit’s own later target, and the unit’s latest revision', () => {
    const own = [target(2030, 90, 'gte', { revision: 1, inForce: false }), target(2030, 99, 'gte', { revision: 2 })];
    expect(unitTargetForYear(own, province, 2026)).toMatchObject({ target: { year: 2026, value: 80 }, targetOf: 'province' });
    expect(unitTargetForYear(own, province, 2028)).toMatchObject({ target: { year: 2030, value: 99 }, targetOf: 'unit' });
    // Once every target year has passed, the last stays, as for the province: the unit's own.
    expect(unitTargetForYear(own, province, 2031)).toMatchObject({ target: { value: 99 }, targetOf: 'unit' });
    expect(unitTargets(own, province).map((t) => [t.year, t.value])).toEqual([
      [2026, 80],
      [2030, 90],
      [2030, 99],
    ]);
  });
});

describe('buildUnitBreakdown', () => {
  const figures = [
    at('an-a', ratioFigure(2025, 50, 100)),
    at('an-a', ratioFigure(2026, 70, 100)), // +20 points a year
    at('bac-b', ratioFigure(2025, 40, 100)),
    at('bac-b', ratioFigure(2026, 41, 100)), // +1 a year where 9.75 are needed: off track
    at('cao-c', ratioFigure(2026, 10, 100)), // one figure, far below: too few to judge a pace
    at('huyen-loc-binh', ratioFigure(2024, 99, 100)),
  ];

  it('lists every unit of the year worst first, those not reported last, with the change and the target that judges each', () => {
    // An A's own target, 95 % by 2027, needs 22.5 points a year; it made 20: at risk.
    const own = new Map<string, Target[]>([['an-a', [target(2027, 95)]]]);
    const b = buildUnitBreakdown(input({ unitFigures: figures, unitTargets: own }));
    expect(b.units.map((r) => [r.unit.code, r.status.status])).toEqual([
      ['bac-b', 'off-track'],
      ['an-a', 'at-risk'],
      ['cao-c', 'too-few'],
      ['dong-d', 'no-data'],
    ]);
    const [bac, an, cao, dong] = b.units;
    expect(bac).toMatchObject({ figure: { year: 2026, numerator: 41 }, previous: { year: 2025 }, targetOf: 'province', target: { value: 80 } });
    expect(bac?.change).toMatchObject({ fromYear: 2025, toYear: 2026, measure: 'percentage-points', improved: true });
    expect(bac?.change?.delta).toBeCloseTo(1);
    expect(an).toMatchObject({ targetOf: 'unit', target: { value: 95 } });
    expect(cao).toMatchObject({ previous: null, change: null });
    expect(cao?.gap).toBeCloseTo(-70);
    expect(dong).toMatchObject({ figure: null, gap: null, targetOf: 'province' });
    expect(b.years).toEqual([2026, 2025, 2024]);
  });

  it('orders units of one status by the largest shortfall when no pace can be judged', () => {
    const single = [at('an-a', ratioFigure(2026, 60, 100)), at('bac-b', ratioFigure(2026, 5, 100)), at('cao-c', ratioFigure(2026, 30, 100))];
    const b = buildUnitBreakdown(input({ unitFigures: single, province: { figures: [], targets: [target(2026, 80)] } }));
    expect(b.units.map((r) => [r.unit.code, r.status.status])).toEqual([
      ['bac-b', 'off-track'],
      ['cao-c', 'off-track'],
      ['an-a', 'off-track'],
      ['dong-d', 'no-data'],
    ]);
  });

  it('computes the province from the reported units, says how many of how many, and flags a different entered figure', () => {
    const entered = ratioFigure(2026, 500, 1000); // 50 % entered; the units make 121 / 300 = 40.3 %
    const b = buildUnitBreakdown(input({ unitFigures: figures, province: { figures: [entered], targets: [] } }));
    expect(b.province).toMatchObject({
      reported: 3,
      expected: 4,
      computed: { kind: 'ratio', numerator: 121, denominator: 300 },
      entered: { numerator: 500 },
      mismatch: true,
      target: null,
    });
    expect(b.units.every((r) => r.targetOf === null)).toBe(true);
    const agreeing = buildUnitBreakdown(input({ unitFigures: figures, province: { figures: [ratioFigure(2026, 4033, 10000)], targets: [] } }));
    expect(agreeing.province.mismatch).toBe(false);
  });

  it('counts the districts before the reorganisation and computes nothing for an indicator without units', () => {
    expect(buildUnitBreakdown(input({ unitFigures: figures, year: 2024 })).province).toMatchObject({ reported: 1, expected: 1, computed: { rate: 99 } });
    const none = buildUnitBreakdown(input({ unitFigures: figures, aggregation: 'none' }));
    expect(none.province).toMatchObject({ computed: null, reported: 3, mismatch: false });
  });
});
