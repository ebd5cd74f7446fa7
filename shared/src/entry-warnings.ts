import { publishedMismatch } from './data-quality.js';
import { comparableValue } from './figures.js';
import { ratePercent } from './figures.js';
import { rankPercentile } from './rank.js';
import type { FigureEntry, EntryWarning } from './schemas/entry.js';
import type { Figure } from './schemas/figure.js';
import { lastOf } from './arrays.js';

/** How many times the largest past step a new figure may move before it reads as a jump. */
export const JUMP_FACTOR = 3;
/** With one earlier figure only: a relative change above this is a jump. */
export const JUMP_RELATIVE = 0.5;

function entryValue(entry: FigureEntry): number | null {
  switch (entry.kind) {
    case 'ratio':
      return ratePercent(entry.numerator, entry.denominator);
    case 'value':
      return entry.value;
    case 'rank':
      return rankPercentile(entry.position, entry.outOf);
    case 'milestone':
      return null;
  }
}

/**
 * Warnings that do not block a save but must be acknowledged: a published rate that disagrees with
 * its numerator / denominator, and a jump far beyond the indicator's history — more than
 * JUMP_FACTOR times its largest step so far, or (with one earlier figure) a change over 50 %.
 * Same function in the form, as the analyst types, and on the server, before it saves.
 */
export function entryWarnings(entry: FigureEntry, year: number, history: readonly Figure[]): EntryWarning[] {
  const warnings: EntryWarning[] = [];
  if (entry.kind === 'ratio' && entry.published != null) {
    const computed = ratePercent(entry.numerator, entry.denominator);
    if (publishedMismatch(entry.published, computed)) {
      warnings.push({ code: 'published-mismatch', field: 'published', params: { published: entry.published, computed } });
    }
  }
  const value = entryValue(entry);
  const others = history
    .filter((f) => f.year !== year)
    .map((f) => ({ year: f.year, value: comparableValue(f) }))
    .filter((p): p is { year: number; value: number } => p.value !== null)
    .sort((a, b) => a.year - b.year);
  if (value === null || others.length === 0) return warnings;

  const before = others.filter((p) => p.year < year);
  const nearest = lastOf(before) ?? others[0]!;
  const change = Math.abs(value - nearest.value);
  const steps = others.slice(1).map((p, i) => Math.abs(p.value - others[i]!.value));
  const largestStep = Math.max(0, ...steps);
  const isJump = largestStep > 0 ? change > JUMP_FACTOR * largestStep : nearest.value !== 0 && change / Math.abs(nearest.value) > JUMP_RELATIVE;
  if (isJump) {
    const field = entry.kind === 'ratio' ? 'numerator' : entry.kind === 'rank' ? 'position' : 'value';
    warnings.push({ code: 'jump', field, params: { previous: nearest.value, previousYear: nearest.year, value } });
  }
  return warnings;
}

/** Warnings the entry has not acknowledged: a save with any of these is refused with 422. */
export function unacknowledged(warnings: readonly EntryWarning[], entry: Pick<FigureEntry, 'acknowledgedWarnings'>): EntryWarning[] {
  return warnings.filter((w) => !entry.acknowledgedWarnings.includes(w.code));
}
