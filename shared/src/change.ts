import { isPercentIndicator } from './figures.js';
import { placesGained } from './rank.js';
import type { FigureSummary } from './schemas/figure.js';
import type { Indicator } from './schemas/indicator.js';
import type { Change } from './schemas/quality.js';

function improvement(delta: number, direction: Indicator['direction']): boolean | null {
  if (delta === 0) return null;
  return direction === 'up' ? delta > 0 : delta < 0;
}

/** Change from the previous figure to this one; ranks as places gained, percents in points. */
export function changeSince(
  indicator: Pick<Indicator, 'kind' | 'unit' | 'direction'>,
  previous: FigureSummary | null,
  current: FigureSummary | null,
): Change | null {
  if (!previous || !current || previous.year === current.year) return null;
  const span = { fromYear: previous.year, toYear: current.year };
  if (previous.kind === 'rank' && current.kind === 'rank') {
    const delta = placesGained(previous.position, current.position);
    return { ...span, measure: 'places', delta, improved: delta === 0 ? null : delta > 0 };
  }
  const from = previous.kind === 'ratio' ? previous.rate : previous.kind === 'value' ? previous.value : null;
  const to = current.kind === 'ratio' ? current.rate : current.kind === 'value' ? current.value : null;
  if (from === null || to === null) return null;
  const delta = to - from;
  const measure = isPercentIndicator(indicator) ? 'percentage-points' : 'value';
  return { ...span, measure, delta, improved: improvement(delta, indicator.direction) };
}
