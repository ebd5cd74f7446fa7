import type { ScreenPairingIssued, ScreenPairingState } from '@kpi/shared';
import { apiSend, ApiError } from './client';

/** A device asks for a code to show. */
export const requestPairing = () => apiSend<ScreenPairingIssued>('POST', '/api/screen-pairings', {}, { locale: 'vi' });

/** A device asks whether an admin has claimed its code; the token comes in the one answer that says so. */
export async function pollPairing(secret: string, signal?: AbortSignal): Promise<ScreenPairingState> {
  const response = await fetch('/api/screen-pairings/current', { headers: { accept: 'application/json', 'x-pairing-secret': secret }, signal });
  const body = (await response.json().catch(() => null)) as ScreenPairingState | { error?: { code: string; message: string } } | null;
  if (!response.ok) throw new ApiError(response.status, (body && 'error' in body && body.error?.code) || `http-${response.status}`, 'pairing poll failed');
  return body as ScreenPairingState;
}

/** A code that will never be claimed (expired, or its pairing gone): ask for a new one. Anything else is the network: poll again. */
export const isPairingOver = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 410);

/** What a paired device remembers: which screen it is and its token, so `/screen` opens it after a restart of the TV. */
export interface StoredScreen {
  id: number;
  token: string;
}

const STORAGE_KEY = 'kpi.screen';

export function readStoredScreen(): StoredScreen | null {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<StoredScreen> | null;
    return value && Number.isInteger(value.id) && typeof value.token === 'string' ? { id: value.id!, token: value.token } : null;
  } catch {
    return null;
  }
}

export function storeScreen(screen: StoredScreen | null): void {
  try {
    if (screen) localStorage.setItem(STORAGE_KEY, JSON.stringify(screen));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // A browser without storage pairs again after each restart: nothing else to do.
  }
}

/** Tells the server what the screen shows; fire and forget, a missed report is replaced by the next. */
export function reportScreenStatus(id: number, token: string, report: { slide: number; slides: number; dataVersion: number }): void {
  const body = { ...report, width: Math.max(1, Math.round(window.innerWidth)), height: Math.max(1, Math.round(window.innerHeight)) };
  void fetch(`/api/screens/${id}/status?token=${encodeURIComponent(token)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    keepalive: true,
  }).catch(() => undefined);
}
