import { unitRefusal, type Db } from '@kpi/db';
import { validationMessage } from '@kpi/shared';
import { invalid } from './errors.js';

/**
 * What an indicator's year is written under for one unit (a figure, a target, commentary): the
 * params with the unit, once the unit may hold that indicator's figures in that year. Otherwise a
 * 400 naming `unit` (unknown, not yet or no longer existing that year, or an indicator not made
 * from units), before anything is read or written.
 */
export function unitKey(db: Db, params: { code: string; year: number }, { unit }: { unit: string }) {
  const refusal = unitRefusal(db, params.code, params.year, unit);
  if (refusal) throw invalid(`unit: ${validationMessage(refusal, 'en')}`, { unit: refusal });
  return { ...params, orgUnit: unit };
}
