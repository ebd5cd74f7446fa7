import { chartValue } from './figures.js';
import type { TrendPoint } from './schemas/dashboard.js';
import type { Figure } from './schemas/figure.js';
import type { Target } from './schemas/target.js';
import { currentTargets } from './targets.js';

/**
 * Chart points by year: the figure, the target set for that year, and the expected path — a
 * straight line from the first figure to each later target in turn (the path the targets ask for).
 * Ranks plot positions; charts reverse their axis so that up is better.
 */
export function buildTrend(figures: readonly Figure[], targets: readonly Target[]): TrendPoint[] {
  const sorted = [...figures].sort((a, b) => a.year - b.year);
  const inForce = currentTargets(targets);
  const years = [...new Set([...sorted.map((f) => f.year), ...inForce.map((t) => t.year)])].sort((a, b) => a - b);
  const base = sorted.find((f) => chartValue(f) !== null);
  const baseValue = base ? chartValue(base) : null;
  const anchors =
    base && baseValue !== null
      ? [{ year: base.year, value: baseValue }, ...inForce.filter((t) => t.year > base.year).map((t) => ({ year: t.year, value: t.value }))]
      : [];

  const expectedAt = (year: number): number | null => {
    if (anchors.length < 2) return null;
    for (let i = 1; i < anchors.length; i += 1) {
      const from = anchors[i - 1]!;
      const to = anchors[i]!;
      if (year >= from.year && year <= to.year) {
        return from.value + ((to.value - from.value) * (year - from.year)) / (to.year - from.year);
      }
    }
    return null;
  };

  return years.map((year) => {
    const figure = sorted.find((f) => f.year === year);
    const target = inForce.find((t) => t.year === year);
    return {
      year,
      value: figure ? chartValue(figure) : null,
      basis: figure ? figure.basis : null,
      target: target ? target.value : null,
      expected: expectedAt(year),
    };
  });
}
