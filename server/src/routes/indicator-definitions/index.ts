import {
  definitionState,
  listDefinitions,
  proposeRetirement,
  publishDefinitionDraft,
  returnDefinitionDraft,
  saveDefinitionDraft,
  type DefinitionWriteResult,
} from '@kpi/db';
import {
  definitionConflictBodySchema,
  definitionDraftBodySchema,
  definitionListSchema,
  definitionParamsSchema,
  definitionStateSchema,
  publishBodySchema,
  retireBodySchema,
  returnBodySchema,
  type DefinitionState,
} from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpError } from '../../plugins/errors.js';
import { errorResponses, invalid, notFound } from '../../http/errors.js';

const errors = { ...errorResponses(400, 401, 403, 404), 409: definitionConflictBodySchema };

/** 409s carry the entry as it is now, so the editor can show both. */
const conflict = (code: string, message: string, current: DefinitionState, fields?: Record<string, string>) =>
  new HttpError(409, code, message, fields, { current });

/** The state a successful write leaves, or the refusal its failure means. */
function outcome(result: DefinitionWriteResult): DefinitionState {
  if (result.ok) return result.state;
  switch (result.reason) {
    case 'unknown-indicator':
      throw notFound('No such indicator', { code: 'unknown-indicator' });
    case 'conflict':
      throw conflict('conflict', 'The definition changed since you loaded it: compare with the current one and save again', result.current, {
        version: 'stale-version',
      });
    case 'code-taken':
      throw conflict('code-taken', 'An indicator with this code exists: edit it at its current version instead', result.current, {
        'definition.code': 'code-taken',
      });
    case 'unknown-reference':
      throw invalid(`No indicator with the code given in ${result.field}`, { [`definition.${result.field}`]: 'unknown-indicator' });
    case 'unknown-group':
      throw invalid('No indicator group with the code given in group', { 'definition.group': 'unknown-group' });
    case 'series-locked':
      throw conflict(
        'series-locked',
        `This indicator has figures (published or awaiting approval), so its ${result.field} cannot change: create a new indicator with "continues" naming this one, and both show the series break`,
        result.current,
        { [`definition.${result.field}`]: 'series-locked' },
      );
    case 'series-continued':
      throw invalid('Another indicator already continues this series', { 'definition.continues': 'series-continued' });
    case 'nothing-to-change':
      throw invalid('The definition is the published one', { definition: 'nothing-to-change' });
    case 'no-draft':
      throw conflict('no-draft', 'There is no draft to review', result.current);
    case 'own-draft':
      throw new HttpError(403, 'own-draft', 'A draft is published by an approver other than its author');
  }
}

/**
 * The catalogue as data: approvers (and admins) propose new indicators, changes and retirements
 * as drafts, and another approver publishes or returns them, each step audited. Publishing
 * invalidates the published views, so the overview, pages, screens and exports show it at once.
 */
export const indicatorDefinitionRoutes: FastifyPluginAsyncZod = async (app) => {
  const url = '/api/indicator-definitions/:code';

  app.get(
    '/api/indicator-definitions',
    {
      config: { access: 'approver' },
      schema: {
        tags: ['catalogue'],
        summary: 'Every indicator’s definition with its pending draft, then new indicators only proposed (approvers)',
        response: { 200: definitionListSchema, ...errorResponses(401, 403) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { definitions: listDefinitions(app.db) };
    },
  );

  app.get(
    url,
    {
      config: { access: 'approver' },
      schema: {
        tags: ['catalogue'],
        summary: 'An indicator’s definition: published, pending draft and history (approvers)',
        description: 'A code never proposed answers version 0 with nothing published: the starting point of a new indicator.',
        params: definitionParamsSchema,
        response: { 200: definitionStateSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return definitionState(app.db, request.params.code);
    },
  );

  app.put(
    url,
    {
      config: { access: 'approver' },
      schema: {
        tags: ['catalogue'],
        summary: 'Propose a new indicator or a change as a draft (approvers); the body carries the version it is based on (0: new)',
        description:
          'A stale version gets 409 with the current entry; so does a change of kind or unit once figures are entered (`series-locked`): a new indicator with `continues` naming this one carries the series on.',
        params: definitionParamsSchema,
        body: definitionDraftBodySchema,
        response: { 200: definitionStateSchema, ...errors },
      },
    },
    async (request) => {
      const { version, definition } = request.body;
      if (definition.code !== request.params.code) throw invalid('The definition’s code is not the one in the address', { 'definition.code': 'invalid' });
      return outcome(saveDefinitionDraft(app.db, definition, version, request.user!.username));
    },
  );

  app.post(
    `${url}/retire`,
    {
      config: { access: 'approver' },
      schema: {
        tags: ['catalogue'],
        summary: 'Propose to retire the indicator from a data year on, as a draft (approvers)',
        description: 'Once published, it leaves the overview and screens from that year; its history stays on its page.',
        params: definitionParamsSchema,
        body: retireBodySchema,
        response: { 200: definitionStateSchema, ...errors },
      },
    },
    async (request) => outcome(proposeRetirement(app.db, request.params.code, request.body.fromYear, request.body.version, request.user!.username)),
  );

  app.post(
    `${url}/publish`,
    {
      config: { access: 'approver' },
      schema: {
        tags: ['catalogue'],
        summary: 'Publish the pending definition (an approver other than its author)',
        params: definitionParamsSchema,
        body: publishBodySchema,
        response: { 200: definitionStateSchema, ...errors },
      },
    },
    async (request) => {
      const state = outcome(publishDefinitionDraft(app.db, request.params.code, request.body.version, request.user!.username));
      app.invalidateViews();
      return state;
    },
  );

  app.post(
    `${url}/return`,
    {
      config: { access: 'approver' },
      schema: {
        tags: ['catalogue'],
        summary: 'Return the pending definition to its author with a comment',
        params: definitionParamsSchema,
        body: returnBodySchema,
        response: { 200: definitionStateSchema, ...errors },
      },
    },
    async (request) => outcome(returnDefinitionDraft(app.db, request.params.code, request.body.version, request.user!.username, request.body.comment)),
  );
};
