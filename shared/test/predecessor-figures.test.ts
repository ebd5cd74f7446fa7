import { describe, expect, it } from 'vitest';
import type { Figure, Source } from '../src/index.js';
import { predecessorFigures, type SuccessionUnit } from '../src/predecessor-figures.js';
import { ratioFigure, valueFigure } from './factories.js';

const former = (code: string, name: string): SuccessionUnit => ({ code, name, validFrom: null, predecessors: [] });
const formed = (code: string, name: string, predecessors: string[]): SuccessionUnit => ({ code, name, validFrom: '2025-07-01', predecessors });
const units = [
  former('xa-a', 'Xã A'),
  former('xa-b', 'Xã B'),
  former('xa-c', 'Xã C'),
  formed('xa-moi', 'Xã Mới', ['xa-a', 'xa-b']),
  // Xã C was divided between two new communes.
  formed('xa-dong', 'Xã Đông', ['xa-c']),
  formed('xa-tay', 'Xã Tây', ['xa-c']),
];
const at = (code: string, figure: Figure): Figure => ({ ...figure, orgUnit: code });

describe('predecessorFigures: a commune’s years before the 2025 reorganisation', () => {
  it('sums numerators and denominators of the former units it was wholly formed from, marked derived', () => {
    const figures = [
      at('xa-a', ratioFigure(2023, 30, 100)),
      at('xa-b', ratioFigure(2023, 50, 300)),
      at('xa-a', ratioFigure(2024, 60, 100)),
      at('xa-b', ratioFigure(2024, 90, 300)),
    ];
    const { figures: summed, divided } = predecessorFigures({ unit: units[3]!, units, aggregation: 'ratio-sum', figures });
    expect(divided).toEqual([]);
    expect(summed.map((f) => [f.year, f.kind === 'ratio' && [f.numerator, f.denominator, f.rate]])).toEqual([
      [2023, [80, 400, 20]],
      [2024, [150, 400, 37.5]],
    ]);
    expect(summed[0]).toMatchObject({ orgUnit: 'xa-moi', basis: 'derived', published: null, note: expect.stringContaining('Xã A, Xã B') });
    expect(summed[0]!.noteEn).toContain('formed from: Xã A, Xã B');
  });

  it('leaves a year out where one former unit did not report: a partial sum would read as a fall', () => {
    const figures = [at('xa-a', valueFigure(2023, 10)), at('xa-b', valueFigure(2023, 5)), at('xa-a', valueFigure(2024, 12))];
    const { figures: summed } = predecessorFigures({ unit: units[3]!, units, aggregation: 'sum', figures });
    expect(summed.map((f) => [f.year, f.kind === 'value' && f.value])).toEqual([[2023, 15]]);
  });

  it('sums nothing from a former unit divided among several new ones, and names it', () => {
    const figures = [at('xa-c', valueFigure(2024, 40))];
    expect(predecessorFigures({ unit: units[4]!, units, aggregation: 'sum', figures })).toEqual({ figures: [], divided: ['xa-c'] });
  });

  it('sums nothing for an indicator not made from units, and nothing from the unit’s own years on', () => {
    const figures = [at('xa-a', valueFigure(2024, 1)), at('xa-b', valueFigure(2024, 2))];
    expect(predecessorFigures({ unit: units[3]!, units, aggregation: 'none', figures }).figures).toEqual([]);
    const late = [at('xa-a', valueFigure(2025, 1)), at('xa-b', valueFigure(2025, 2))];
    expect(predecessorFigures({ unit: units[3]!, units, aggregation: 'sum', figures: late }).figures).toEqual([]);
  });

  it('keeps the source where every former unit’s figure cites the same one, and none where they differ', () => {
    const source: Source = {
      id: 7,
      number: null,
      title: 'Báo cáo',
      issuer: null,
      publisher: null,
      date: null,
      kind: 'report',
      url: null,
      note: null,
      noteEn: null,
    };
    const other = { ...source!, id: 8 };
    const same = [at('xa-a', valueFigure(2024, 1, { source })), at('xa-b', valueFigure(2024, 2, { source }))];
    expect(predecessorFigures({ unit: units[3]!, units, aggregation: 'sum', figures: same }).figures[0]!.source).toEqual(source);
    const mixed = [at('xa-a', valueFigure(2024, 1, { source })), at('xa-b', valueFigure(2024, 2, { source: other }))];
    expect(predecessorFigures({ unit: units[3]!, units, aggregation: 'sum', figures: mixed }).figures[0]!.source).toBeNull();
  });
});
