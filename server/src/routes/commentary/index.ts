import {
  commentaryState,
  pendingCommentaryDrafts,
  publishCommentaryDraft,
  returnCommentaryDraft,
  saveCommentaryDraft,
  type CommentaryWriteFailure,
} from '@kpi/db';
import {
  commentaryConflictSchema,
  commentaryDraftListSchema,
  commentaryEntrySchema,
  commentaryStateSchema,
  observationParamsSchema,
  publishBodySchema,
  publishedCommentarySchema,
  returnBodySchema,
  unitQuerySchema,
} from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, notFound } from '../../http/errors.js';
import { reviewFailure } from '../../http/review-failure.js';
import { ownUnitOnly } from '../../http/own-unit.js';
import { unitKey } from '../../http/unit-key.js';
import { sendCached } from '../../http/send-cached.js';

const errors = { ...errorResponses(400, 401, 403, 404), 409: commentaryConflictSchema };

/** 409s carry the current commentary, so the editor can show what changed. */
function fail(failure: CommentaryWriteFailure): never {
  reviewFailure(failure, { message: 'The commentary changed since you loaded it: compare and save again', fields: { version: 'stale-version' } });
}

/**
 * Commentary on an indicator's year: the analysis and the actions (what, who, by when). Readers get the
 * published one; analysts write drafts; an approver other than the author publishes or returns
 * them, each with the version loaded (409 when stale), each audited.
 */
export const commentaryRoutes: FastifyPluginAsyncZod = async (app) => {
  const url = '/api/indicators/:code/commentary/:year';
  const unitDescription = '`unit` names the commune or ward the commentary is about (the province when absent).';

  const keyOf = (params: { code: string; year: number }, query: { unit: string }) => unitKey(app.db, params, query);

  app.get(
    url,
    {
      config: { access: 'read' },
      schema: {
        tags: ['commentary'],
        summary: 'The published analysis and actions of an indicator’s year',
        description: `\`commentary\` is null until one is published. ${unitDescription}`,
        params: observationParamsSchema,
        querystring: unitQuerySchema,
        response: { 200: publishedCommentarySchema, ...errorResponses(400, 401, 404) },
      },
    },
    // Read on every indicator page: kept by the published view until the next publication, revalidated by ETag.
    (request, reply) => {
      const body = app.view.commentary(keyOf(request.params, request.query));
      if (!body) throw notFound(`No indicator "${request.params.code}"`);
      sendCached(request, reply, body);
    },
  );

  app.get(
    `${url}/revisions`,
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['commentary'],
        summary: 'The commentary with its published revision, pending draft and history (analysts)',
        description: unitDescription,
        params: observationParamsSchema,
        querystring: unitQuerySchema,
        response: { 200: commentaryStateSchema, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const state = commentaryState(app.db, keyOf(request.params, request.query));
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
        tags: ['commentary'],
        summary: 'Save the analysis and actions as a draft (analysts); the body carries the version it is based on',
        description: `A stale version gets 409 with the current commentary. ${unitDescription}`,
        params: observationParamsSchema,
        querystring: unitQuerySchema,
        body: commentaryEntrySchema,
        response: { 200: commentaryStateSchema, ...errors },
      },
    },
    async (request) => {
      const { version, ...content } = request.body;
      const result = saveCommentaryDraft(app.db, keyOf(request.params, request.query), content, version, request.user!.username);
      if (!result.ok) fail(result);
      return result.state;
    },
  );

  app.post(
    `${url}/publish`,
    {
      config: { access: 'approver' },
      schema: {
        tags: ['commentary'],
        summary: 'Publish the pending commentary (an approver other than its author)',
        description: unitDescription,
        params: observationParamsSchema,
        querystring: unitQuerySchema,
        body: publishBodySchema,
        response: { 200: commentaryStateSchema, ...errors },
      },
    },
    async (request) => {
      const result = publishCommentaryDraft(app.db, keyOf(request.params, request.query), request.body.version, request.user!.username);
      if (!result.ok) fail(result);
      // Readers' commentary and the yearly review's published actions are kept with the view's version.
      app.invalidateViews();
      return result.state;
    },
  );

  app.post(
    `${url}/return`,
    {
      config: { access: 'approver' },
      schema: {
        tags: ['commentary'],
        summary: 'Return the pending commentary to its author with a comment',
        description: unitDescription,
        params: observationParamsSchema,
        querystring: unitQuerySchema,
        body: returnBodySchema,
        response: { 200: commentaryStateSchema, ...errors },
      },
    },
    async (request) => {
      const { version, comment } = request.body;
      const result = returnCommentaryDraft(app.db, keyOf(request.params, request.query), version, request.user!.username, comment);
      if (!result.ok) fail(result);
      return result.state;
    },
  );

  app.get(
    '/api/commentary-drafts',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['commentary'],
        summary: 'Commentary with a pending draft, oldest first: the approvers’ queue beside the figures’ (analysts)',
        response: { 200: commentaryDraftListSchema, ...errorResponses(401, 403) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { drafts: pendingCommentaryDrafts(app.db) };
    },
  );
};
