import { observationState, pendingDrafts, publishDraft, returnDraft, saveDraft, sourceExists, yearEntryStates, type WriteFailure } from '@kpi/db';
import {
  conflictBodySchema,
  draftListSchema,
  entryStatesQuerySchema,
  entryWarnings,
  warningsBodySchema,
  figureEntrySchema,
  isPlausibleFigureYear,
  observationParamsSchema,
  observationStateSchema,
  publishBodySchema,
  returnBodySchema,
  saveResultSchema,
  yearEntryStatesSchema,
  unacknowledged,
  PROVINCE_UNIT,
  unitQuerySchema,
} from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpError } from '../../plugins/errors.js';
import { errorResponses, invalid, notFound } from '../../http/errors.js';
import { reviewFailure } from '../../http/review-failure.js';
import { ownUnitOnly } from '../../http/own-unit.js';
import { unitKey } from '../../http/unit-key.js';
import { turnedOffTrack } from '../../services/mail/off-track.js';

const errors = { ...errorResponses(400, 401, 403, 404), 409: conflictBodySchema, 422: warningsBodySchema };

function fail(failure: WriteFailure): never {
  switch (failure.reason) {
    case 'kind-mismatch':
      throw invalid(`This indicator takes a ${failure.expected} figure`, { kind: 'kind-mismatch' });
    case 'unknown-source':
      throw invalid('No source document with that id', { sourceId: 'unknown-source' });
    default:
      // 409s carry the current figure, so the form can show both.
      reviewFailure(failure, { message: 'The figure changed since you loaded it: compare with the current one and save again' });
  }
}

export const observationRoutes: FastifyPluginAsyncZod = async (app) => {
  const url = '/api/indicators/:code/observations/:year';
  const unitDescription = '`unit` names the commune or ward the figure belongs to (the province when absent).';

  const keyOf = (params: { code: string; year: number }, query: { unit: string }) => unitKey(app.db, params, query);

  app.get(
    '/api/drafts',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['entry'],
        summary: 'Figures with a pending draft, oldest first: the approvers’ queue (analysts)',
        description:
          'Each with last year’s published figure (`previous`, for the change), its source’s stored file, and the author’s display name (`authorName`).',
        response: { 200: draftListSchema, ...errorResponses(401, 403) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { drafts: pendingDrafts(app.db) };
    },
  );

  app.get(
    '/api/observations',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['entry'],
        summary: 'Where each figure of a year stands: published, draft awaiting approval, or returned with its comment (analysts)',
        description:
          'An indicator absent from the list has no figure entered for that year. `unit`: a commune’s or ward’s figures (the province’s when absent).',
        querystring: entryStatesQuerySchema,
        response: { 200: yearEntryStatesSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      // Drafts and comments change under the analyst's feet: never from a cache.
      reply.header('cache-control', 'no-store');
      return { year: request.query.year, figures: yearEntryStates(app.db, request.query.year, request.query.unit) };
    },
  );

  app.get(
    url,
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['entry'],
        summary: 'A figure with its published revision, pending draft and history (analysts)',
        description: unitDescription,
        params: observationParamsSchema,
        querystring: unitQuerySchema,
        response: { 200: observationStateSchema, ...errors },
      },
    },
    async (request) => {
      const state = observationState(app.db, keyOf(request.params, request.query));
      if (!state) throw notFound(`No indicator "${request.params.code}"`);
      return state;
    },
  );

  app.put(
    url,
    {
      config: { access: 'analyst' },
      onRequest: ownUnitOnly,
      schema: {
        tags: ['entry'],
        summary: 'Save a figure as a draft (analysts); the body carries the version it is based on',
        description: `A stale version gets 409 with the current figure; unacknowledged warnings get 422 listing them. ${unitDescription}`,
        params: observationParamsSchema,
        querystring: unitQuerySchema,
        body: figureEntrySchema,
        response: { 200: saveResultSchema, ...errors },
      },
    },
    async (request) => {
      const { code, year } = request.params;
      if (!isPlausibleFigureYear(year)) throw invalid('A figure cannot be for a future year', { year: 'year-range' });
      const indicator = app.view.indicatorData(code);
      if (!indicator) throw notFound(`No indicator "${code}"`);
      const key = keyOf(request.params, request.query);
      // References first, so a wrong kind or source is named as such rather than as a warning.
      if (indicator.indicator.kind !== request.body.kind) {
        throw invalid(`This indicator takes a ${indicator.indicator.kind} figure`, { kind: 'kind-mismatch' });
      }
      if (!sourceExists(app.db, request.body.sourceId)) throw invalid('No source document with that id', { sourceId: 'unknown-source' });
      // The province's series warns of an odd jump; a commune's own series is not in the view yet.
      const history = key.orgUnit === PROVINCE_UNIT ? indicator.figures : [];
      const warnings = entryWarnings(request.body, year, history);
      const pending = unacknowledged(warnings, request.body);
      if (pending.length) {
        const fields = Object.fromEntries(pending.map((w) => [w.field, w.code]));
        const message = `Acknowledge before saving: ${pending.map((w) => w.code).join(', ')}`;
        throw new HttpError(422, 'unacknowledged-warnings', message, fields, { warnings: pending });
      }
      const result = saveDraft(app.db, key, request.body, request.user!.username);
      if (!result.ok) fail(result);
      app.invalidateViews();
      return { observation: result.state, warnings };
    },
  );

  app.post(
    `${url}/publish`,
    {
      config: { access: 'approver' },
      schema: {
        tags: ['entry'],
        summary: 'Publish the pending draft (an approver other than its author)',
        description: unitDescription,
        params: observationParamsSchema,
        querystring: unitQuerySchema,
        body: publishBodySchema,
        response: { 200: observationStateSchema, ...errors },
      },
    },
    async (request) => {
      const key = keyOf(request.params, request.query);
      // Only the province's own figure has a status of its own; judged only when mail could tell anyone.
      const watch = app.mail.configured && key.orgUnit === PROVINCE_UNIT;
      const before = watch ? app.view.indicatorData(key.code) : null;
      const result = publishDraft(app.db, key, request.body.version, request.user!.username);
      if (!result.ok) fail(result);
      app.invalidateViews();
      if (before) {
        // The inbox's "worsened" rule: the latest figure's status, whichever year was published.
        const turned = turnedOffTrack(before, app.view.indicatorData(key.code));
        if (turned) app.mail.statusTurnedOffTrack({ code: key.code, ...turned });
      }
      return result.state;
    },
  );

  app.post(
    `${url}/return`,
    {
      config: { access: 'approver' },
      schema: {
        tags: ['entry'],
        summary: 'Return the pending draft to its author with a comment',
        description: unitDescription,
        params: observationParamsSchema,
        querystring: unitQuerySchema,
        body: returnBodySchema,
        response: { 200: observationStateSchema, ...errors },
      },
    },
    async (request) => {
      const key = keyOf(request.params, request.query);
      const result = returnDraft(app.db, key, request.body.version, request.user!.username, request.body.comment);
      if (!result.ok) fail(result);
      app.invalidateViews();
      // Queued only (a database insert): the answer never waits for the mail server. The revision
      // just returned is the newest in the history.
      const author = result.state.history[0]?.createdBy;
      if (author) {
        app.mail.draftReturned({ ...key, author, approver: request.user!.displayName, comment: request.body.comment });
      }
      return result.state;
    },
  );
};
