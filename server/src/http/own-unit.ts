import { PROVINCE_UNIT } from '@kpi/shared';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../plugins/errors.js';

/**
 * A route's `onRequest` for writes that name their unit in `?unit=` (a figure, commentary): a commune
 * user gets 403 for any other unit, the province included, before the body is read. It runs after
 * the auth plugin's hook, which has already found the user and checked the role. The query is the
 * router's, not yet validated: a unit written any other way than its code is refused, never let in.
 */
export async function ownUnitOnly(request: FastifyRequest) {
  const ownUnit = request.user?.unit ?? null;
  if (ownUnit === null) return;
  const asked = (request.query as { unit?: unknown }).unit;
  if ((asked === undefined ? PROVINCE_UNIT : asked) !== ownUnit) {
    throw new HttpError(403, 'outside-your-unit', `Your account enters figures for "${ownUnit}" only`, { unit: 'outside-your-unit' });
  }
}
