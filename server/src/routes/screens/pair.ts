import { claimPairing, type ClaimRefusal } from '@kpi/db';
import { noContentSchema, pairScreenBodySchema, screenParamsSchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../http/errors.js';
import { HttpError } from '../../plugins/errors.js';
import type { PairingLock } from '../../services/pairing-codes.js';
import { hashScreenToken } from '../../services/screen-tokens.js';

const refusals: Record<ClaimRefusal, () => HttpError> = {
  'unknown-code': () => new HttpError(404, 'unknown-code', 'No device shows this pairing code', { code: 'unknown-code' }),
  'expired-code': () => new HttpError(410, 'expired-code', 'This pairing code has expired', { code: 'expired-code' }),
  'used-code': () => new HttpError(409, 'used-code', 'This pairing code has been used already', { code: 'used-code' }),
  'unknown-screen': () => new HttpError(404, 'not-found', 'No such screen'),
};

/**
 * An admin pairs the device showing a code with a screen. Wrong codes are counted per admin and
 * address: past a few, claims are refused for a while (429, Retry-After), so codes cannot be
 * guessed even from a stolen admin session.
 */
export const screenPairRoutes: FastifyPluginAsyncZod<{ lock: PairingLock }> = async (app, { lock }) => {
  app.post(
    '/api/screens/:id/pair',
    {
      config: { access: 'admin' },
      // Before the body is validated: a locked caller learns nothing more, whatever it sends.
      preValidation: async (request, reply) => {
        const until = lock.lockedUntil(`${request.user!.username}|${request.ip}`, Date.now());
        if (until === null) return;
        reply.header('retry-after', String(Math.max(1, Math.ceil((until - Date.now()) / 1000))));
        throw new HttpError(429, 'pairing-locked', 'Too many wrong pairing codes: try again later', undefined, { retryAt: new Date(until).toISOString() });
      },
      schema: {
        tags: ['screens'],
        summary: 'Pair the device showing a code with this screen: it receives a new token at its next poll (admins)',
        params: screenParamsSchema,
        body: pairScreenBodySchema,
        response: { 204: noContentSchema, ...errorResponses(400, 401, 403, 404, 409, 410, 429) },
      },
    },
    async (request, reply) => {
      const key = `${request.user!.username}|${request.ip}`;
      const result = claimPairing(app.db, hashScreenToken(request.body.code), request.params.id, request.user!.username, new Date().toISOString());
      if (typeof result === 'string') {
        if (result === 'unknown-code') lock.failed(key, Date.now());
        throw refusals[result]();
      }
      lock.succeeded(key);
      return reply.code(204).send(null);
    },
  );
};
