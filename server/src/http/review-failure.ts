import { HttpError } from '../plugins/errors.js';
import { notFound } from './errors.js';

/** The failures a four-eyes write shares, whatever it writes (a figure, commentary): each 409 carries the current state. */
export type ReviewFailure<State> =
  { reason: 'unknown-indicator' } | { reason: 'conflict'; current: State } | { reason: 'no-draft'; current: State } | { reason: 'own-draft' };

/**
 * The answer to a shared failure: 404 for an unknown indicator; 409 for a stale version (with
 * `conflict`'s message and fields) or a draft that is gone, with the current state so the form can
 * show both; 403 for an author publishing their own draft.
 */
export function reviewFailure<State>(failure: ReviewFailure<State>, conflict: { message: string; fields?: Record<string, string> }): never {
  switch (failure.reason) {
    case 'unknown-indicator':
      throw notFound('No such indicator', { code: 'unknown-indicator' });
    case 'conflict':
      throw new HttpError(409, 'conflict', conflict.message, conflict.fields, { current: failure.current });
    case 'no-draft':
      throw new HttpError(409, 'no-draft', 'There is no draft to review', undefined, { current: failure.current });
    case 'own-draft':
      throw new HttpError(403, 'own-draft', 'A draft is published by an approver other than its author');
  }
}
