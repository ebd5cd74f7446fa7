import { findScreen, markScreenSeen } from '@kpi/db';
import { formatDateTime } from '@kpi/shared';
import type { FastifyInstance } from 'fastify';
import { ScreenPresence } from './screen-presence.js';

/** How long a screen may stay without a live stream before it is dark. */
export interface ScreenDarkWait {
  /** SCREEN_DARK_AFTER_MINUTES: what the admin's page and the mail say. */
  minutes: number;
  /** The wait itself: `minutes` in ms, or shorter in tests. */
  ms: number;
}

/** What decides whether a screen is dark: whether its link works, whether a stream is open, when it was last seen. */
export interface ScreenDarkFacts {
  /** Its link works: a revoked screen is meant to be dark. */
  active: boolean;
  online: boolean;
  /** When its last stream closed; null: never seen, so new rather than dark. */
  lastSeenAt: string | null;
}

/**
 * Dark: an active screen, seen before, with no live stream for longer than the wait. The one rule
 * behind the admin's flag (GET /api/screen-health) and the mail to whoever set the screen up.
 */
export function isDark({ active, online, lastSeenAt }: ScreenDarkFacts, now: number, afterMs: number): boolean {
  return active && !online && lastSeenAt !== null && now - Date.parse(lastSeenAt) >= afterMs;
}

/**
 * One timer per screen that went dark, in memory (a screen dark across a restart is flagged on the
 * admin's page, not mailed): a screen that comes back and drops again restarts its wait. Once the
 * wait is over, `onDark` hears of a screen still dark by `facts`, read afresh.
 */
export class ScreenDarkTimers {
  readonly #timers = new Map<number, NodeJS.Timeout>();

  constructor(
    private readonly afterMs: number,
    private readonly facts: (id: number) => Omit<ScreenDarkFacts, 'lastSeenAt'>,
    private readonly onDark: (id: number, lastSeenAt: string) => void,
  ) {}

  /** The screen's last stream closed at `at`. */
  gone(id: number, at: string): void {
    clearTimeout(this.#timers.get(id));
    const timer = setTimeout(() => {
      this.#timers.delete(id);
      // A timer may fire a millisecond early: the wait is over all the same.
      const now = Math.max(Date.now(), Date.parse(at) + this.afterMs);
      if (isDark({ ...this.facts(id), lastSeenAt: at }, now, this.afterMs)) this.onDark(id, at);
    }, this.afterMs);
    this.#timers.set(id, timer.unref());
  }

  close(): void {
    this.#timers.forEach((timer) => clearTimeout(timer));
    this.#timers.clear();
  }
}

/**
 * The screens' presence, wired to what follows a screen's last stream closing: "last seen" is
 * stored, and whoever set up a screen still dark after the wait is mailed.
 */
export function watchScreens(app: FastifyInstance, wait: ScreenDarkWait): ScreenPresence {
  const timers = new ScreenDarkTimers(
    wait.ms,
    (id) => ({ active: Boolean(findScreen(app.db, id)?.tokenHash), online: (presence.get(id)?.streams ?? 0) > 0 }),
    (id, lastSeenAt) => {
      const screen = findScreen(app.db, id);
      if (screen) app.mail.screenDark({ owner: screen.createdBy, screenName: screen.name, minutes: wait.minutes, lastSeen: formatDateTime(lastSeenAt, 'vi') });
    },
  );
  const presence = new ScreenPresence((id, at) => {
    // A stream closing as the server shuts down may find the database closed: "last seen" is not worth a crash.
    try {
      markScreenSeen(app.db, id, at);
    } catch (error) {
      app.log.warn({ err: error, screen: id }, 'could not record when the screen was last seen');
    }
    timers.gone(id, at);
  });
  app.addHook('onClose', async () => timers.close());
  return presence;
}
