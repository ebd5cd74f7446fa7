import type { Target } from './schemas/target.js';
import { lastOf } from './arrays.js';

/** Keeps the highest revision of each year: a revised target replaces, but does not erase, the earlier. */
export function currentTargets(targets: readonly Target[]): Target[] {
  const byYear = new Map<number, Target>();
  for (const t of targets) {
    const kept = byYear.get(t.year);
    if (!kept || t.revision > kept.revision) byYear.set(t.year, t);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * The target that judges a year: the nearest target due in that year or later; once every
 * target year has passed, the last one (so a missed target stays visible as missed).
 */
export function targetForYear(targets: readonly Target[], year: number): Target | null {
  const current = currentTargets(targets);
  return current.find((t) => t.year >= year) ?? lastOf(current) ?? null;
}
