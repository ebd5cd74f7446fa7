/**
 * Ranks of provinces: lower is better, and N changes over time — 63 provinces for data years up
 * to 2023, 34 from 2024 after the 2025 merger of provinces. A rank is therefore stored with its
 * own "out of N"; this default only fills in N where a source gives the position alone
 * (the 2020 report says "9th", and "of 63" is derived).
 */
export const PROVINCES_BEFORE_MERGER = 63;
export const PROVINCES_AFTER_MERGER = 34;
export const FIRST_DATA_YEAR_AFTER_MERGER = 2024;

export function provincesRankedIn(year: number): number {
  return year >= FIRST_DATA_YEAR_AFTER_MERGER ? PROVINCES_AFTER_MERGER : PROVINCES_BEFORE_MERGER;
}

/** position / N: 26 of 63 and 14 of 34 both read as "top 41 %", so years with different N compare. */
export function rankPercentile(position: number, outOf: number): number {
  return position / outOf;
}

/** Places gained from one ranking to the next: 50 → 26 is +24 ("up 24"), 5 → 6 is −1. */
export function placesGained(previousPosition: number, position: number): number {
  return previousPosition - position;
}
