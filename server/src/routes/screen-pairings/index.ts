import { deliverPairing, findPairingBySecret, insertPairing } from '@kpi/db';
import { formatPairingCode, pairingSecretHeadersSchema, PAIRING_MINUTES, screenPairingIssuedSchema, screenPairingStateSchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../http/errors.js';
import { HttpError } from '../../plugins/errors.js';
import { newPairingCode } from '../../services/pairing-codes.js';
import { hashScreenToken, newScreenToken } from '../../services/screen-tokens.js';

/** Codes a device address may ask for per minute: a TV that reloads gets a new one, a script filling the table does not. */
const PAIRINGS_PER_MINUTE = 10;
/** Polls per device address per minute: one every 2 s from a room of ten screens behind one NAT fits. */
const POLLS_PER_MINUTE = 600;

/**
 * A new device's side of pairing (public: the device has nothing yet). It asks for a code to
 * show, then polls with its secret until an admin claims the code (POST /api/screens/:id/pair),
 * and receives the screen's new token in that one answer.
 */
export const screenPairingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/screen-pairings',
    {
      config: { access: 'public', rateLimit: { max: PAIRINGS_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        tags: ['screens'],
        summary: `A device asks for a pairing code to show (valid ${PAIRING_MINUTES} minutes) and a secret to poll with`,
        response: { 201: screenPairingIssuedSchema, ...errorResponses(429) },
      },
    },
    async (_request, reply) => {
      const createdAt = new Date();
      const expiresAt = new Date(createdAt.getTime() + PAIRING_MINUTES * 60_000).toISOString();
      // The device's secret, what proves a poll comes from the device that asked for the code, is drawn and stored as a token is.
      const { token: secret, tokenHash: secretHash } = newScreenToken();
      // A clash with a live code is rare (31^7 codes): draw again.
      for (;;) {
        const code = newPairingCode();
        const row = insertPairing(app.db, {
          codeHash: hashScreenToken(code),
          secretHash,
          createdAt: createdAt.toISOString(),
          expiresAt,
        });
        if (row !== 'taken')
          return reply
            .code(201)
            .header('cache-control', 'no-store')
            .send({ code: formatPairingCode(code), secret, expiresAt });
      }
    },
  );

  app.get(
    '/api/screen-pairings/current',
    {
      // The device's secret is checked in the handler: it is the only thing a new device holds.
      config: { access: 'public', rateLimit: { max: POLLS_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        tags: ['screens'],
        summary: 'A device polls its pairing with its secret (header x-pairing-secret): waiting, or paired with its token, once',
        headers: pairingSecretHeadersSchema,
        response: { 200: screenPairingStateSchema, ...errorResponses(400, 404, 410, 429) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const now = new Date().toISOString();
      const row = findPairingBySecret(app.db, hashScreenToken(request.headers['x-pairing-secret']));
      if (!row || row.deliveredAt) throw new HttpError(404, 'unknown-pairing', 'No pairing for this secret: ask for a new code');
      if (row.screenId === null) {
        if (row.expiresAt <= now) throw new HttpError(410, 'pairing-expired', 'The code expired unclaimed: ask for a new one');
        return { state: 'waiting' as const, expiresAt: row.expiresAt };
      }
      const { token, tokenHash } = newScreenToken();
      const screen = deliverPairing(app.db, row.id, tokenHash, now);
      if (!screen) throw new HttpError(404, 'unknown-pairing', 'No pairing for this secret: ask for a new code');
      // The screen's earlier token no longer opens it: its open streams are told, as on a re-issue.
      app.events.emit('screen-changed', screen.id);
      return { state: 'paired' as const, screenId: screen.id, token };
    },
  );
};
