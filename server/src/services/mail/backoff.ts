/** Minutes to wait after the 1st, 2nd, 3rd, 4th failure; every 6 hours after that. */
const STEPS_MIN = [1, 5, 30, 120];
const LATER_MIN = 360;
/** A message still undelivered a day after it was queued is given up: by then its news is stale. */
export const GIVE_UP_AFTER_MS = 24 * 3600_000;

/**
 * When to try a message again after its `attempts`-th failure (counting this one), or null to give
 * up: exponential steps so a short outage costs a minute, a long one a few tries a day.
 */
export function nextAttempt(attempts: number, createdAt: string, now: Date): Date | null {
  const minutes = STEPS_MIN[attempts - 1] ?? LATER_MIN;
  const next = new Date(now.getTime() + minutes * 60_000);
  return next.getTime() - Date.parse(createdAt) > GIVE_UP_AFTER_MS ? null : next;
}
