/**
 * Vietnam keeps UTC+7 all year (no daylight saving), so its date and hour are UTC's shifted by
 * seven hours, whatever zone the server runs in: the digest goes at the hour people there expect.
 */
const OFFSET_MS = 7 * 3600_000;

/** The date in Vietnam at `now`, YYYY-MM-DD. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The hour (0–23) in Vietnam at `now`. */
export function vietnamHour(now: Date): number {
  return new Date(now.getTime() + OFFSET_MS).getUTCHours();
}
