import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { findScreen, type Db, type ScreenRow } from '@kpi/db';
import { HttpError } from '../plugins/errors.js';

export function newScreenToken(): { token: string; tokenHash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, tokenHash: hashScreenToken(token) };
}

export const hashScreenToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const screenUrl = (id: number, token: string) => `/screen/${id}?token=${encodeURIComponent(token)}`;

/**
 * The screen a token opens. An unknown screen, a wrong token and a revoked one all answer the
 * same 401 `screen-disabled`, so a token reveals nothing about other screens.
 */
export function screenForToken(db: Db, id: number, token: string): ScreenRow {
  const row = findScreen(db, id);
  const given = Buffer.from(hashScreenToken(token), 'hex');
  const stored = row?.tokenHash ? Buffer.from(row.tokenHash, 'hex') : null;
  if (!row || !stored || stored.length !== given.length || !timingSafeEqual(stored, given)) {
    throw new HttpError(401, 'screen-disabled', 'This screen is disabled or its link is no longer valid');
  }
  return row;
}
