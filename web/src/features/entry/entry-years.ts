/** Reports reach back to the mid-2010s; figures are never for a future year. */
const FIRST_ENTRY_YEAR = 2010;

/** The years a figure can be entered for, newest first (plus `including`, when outside them). */
export function entryYears(including?: number, now = new Date()): number[] {
  const years: number[] = [];
  for (let year = now.getFullYear(); year >= FIRST_ENTRY_YEAR; year -= 1) years.push(year);
  if (including !== undefined && !years.includes(including)) years.push(including);
  return years.sort((a, b) => b - a);
}

/** Figures arrive after the year ends: last year is what analysts usually enter. */
export function defaultEntryYear(now = new Date()): number {
  return now.getFullYear() - 1;
}
