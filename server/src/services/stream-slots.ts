/** How many live screen streams may be open at once (SCREEN_STREAMS_PER_SCREEN, SCREEN_STREAMS_PER_ADDRESS). */
export interface StreamLimits {
  /** Per screen: a screen that reconnects may leave its old stream open until the server sees it gone. */
  perScreen: number;
  /** Per client address (request.ip, which follows TRUST_PROXY): a room of screens behind one NAT shares it. */
  perAddress: number;
}

export const DEFAULT_STREAM_LIMITS: StreamLimits = { perScreen: 5, perAddress: 20 };

/** Which limit refused a stream. */
export type StreamRefusal = 'per-screen' | 'per-address';

/**
 * Counts open streams by screen and by address. `open` takes a slot under both or neither; the
 * release it returns gives them back once, however often it is called (a stream can end by the
 * client leaving, a write failing and the server closing, each reporting it).
 */
export class StreamSlots {
  readonly #byScreen = new Map<number, number>();
  readonly #byAddress = new Map<string, number>();

  constructor(readonly limits: StreamLimits) {}

  open(screenId: number, address: string): (() => void) | StreamRefusal {
    if ((this.#byScreen.get(screenId) ?? 0) >= this.limits.perScreen) return 'per-screen';
    if ((this.#byAddress.get(address) ?? 0) >= this.limits.perAddress) return 'per-address';
    add(this.#byScreen, screenId, 1);
    add(this.#byAddress, address, 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      add(this.#byScreen, screenId, -1);
      add(this.#byAddress, address, -1);
    };
  }
}

/** Adds to a count, dropping the key at zero so the maps hold only keys with open streams. */
function add<K>(counts: Map<K, number>, key: K, delta: number) {
  const n = (counts.get(key) ?? 0) + delta;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}
