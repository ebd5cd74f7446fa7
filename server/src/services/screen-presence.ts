import type { ScreenStatusReport } from '@kpi/shared';

/** A user agent is the device's to say: kept short, so a long one does not bloat the admin's list. */
const MAX_USER_AGENT = 300;
const userAgentOf = (header: string | undefined) => (header ? header.slice(0, MAX_USER_AGENT) : null);

interface Presence {
  /** Live streams open now; a screen that reconnects may briefly hold two. */
  streams: number;
  connectedSince: string | null;
  userAgent: string | null;
  report: ScreenStatusReport | null;
}

/**
 * Which screens are showing now, in memory: each live stream registers while it is open, and the
 * screen reports its slide, viewport and data version (POST …/status). When the last stream of a
 * screen closes, `onGone` persists "last seen" so a restart keeps it. Blanking is kept here too,
 * so a screen that reloads during a confidential meeting comes back blank.
 */
export class ScreenPresence {
  readonly #screens = new Map<number, Presence>();
  readonly #blanked = new Set<number>();

  constructor(private readonly onGone: (id: number, at: string) => void) {}

  #entry(id: number): Presence {
    let entry = this.#screens.get(id);
    if (!entry) {
      entry = { streams: 0, connectedSince: null, userAgent: null, report: null };
      this.#screens.set(id, entry);
    }
    return entry;
  }

  /** A stream opened; the returned function, called once or more, closes it. */
  open(id: number, userAgentHeader: string | undefined, now = new Date()): () => void {
    const entry = this.#entry(id);
    if (entry.streams === 0) entry.connectedSince = now.toISOString();
    entry.streams += 1;
    entry.userAgent = userAgentOf(userAgentHeader) ?? entry.userAgent;
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      entry.streams -= 1;
      if (entry.streams > 0) return;
      entry.connectedSince = null;
      this.onGone(id, new Date().toISOString());
    };
  }

  report(id: number, report: ScreenStatusReport, userAgentHeader: string | undefined): void {
    const entry = this.#entry(id);
    entry.report = report;
    entry.userAgent = userAgentOf(userAgentHeader) ?? entry.userAgent;
  }

  get(id: number): Readonly<Presence> | undefined {
    return this.#screens.get(id);
  }

  setBlanked(id: number, blanked: boolean): void {
    if (blanked) this.#blanked.add(id);
    else this.#blanked.delete(id);
  }

  isBlanked(id: number): boolean {
    return this.#blanked.has(id);
  }
}
