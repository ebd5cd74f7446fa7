import { describe, expect, it } from 'vitest';
import type { Status } from '../src/schemas/status.js';
import { sortWorstFirst, statusesWorstFirst } from '../src/worst-first.js';

function card(code: string, status: Status, ratio: number | null = null) {
  return {
    indicator: { code },
    status: { status, reason: 'progress-ratio', ratio },
  } as unknown as Parameters<typeof sortWorstFirst>[0][number];
}

describe('sortWorstFirst', () => {
  it('puts off track first, then at risk, on track, achieved, too few to judge, no data and no target', () => {
    const sorted = sortWorstFirst([
      card('a', 'achieved'),
      card('b', 'no-target'),
      card('c', 'on-track'),
      card('d', 'off-track'),
      card('e', 'no-data'),
      card('g', 'too-few'),
      card('f', 'at-risk'),
    ]);
    expect(sorted.map((c) => c.status.status)).toEqual([...statusesWorstFirst]);
  });

  it('within a status, the one furthest behind its required pace comes first', () => {
    const sorted = sortWorstFirst([card('x', 'off-track', 0.4), card('y', 'off-track', -0.2), card('z', 'off-track', null)]);
    expect(sorted.map((c) => c.indicator.code)).toEqual(['y', 'x', 'z']);
  });

  it('orders equal cards by code and leaves its input untouched', () => {
    const input = [card('b', 'achieved'), card('a', 'achieved')];
    expect(sortWorstFirst(input).map((c) => c.indicator.code)).toEqual(['a', 'b']);
    expect(input.map((c) => c.indicator.code)).toEqual(['b', 'a']);
  });
});
