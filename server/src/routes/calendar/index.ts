import { completeness, readCalendar, saveReportingRule, writeDueOverride, type OverrideWrite, type RuleWrite } from '@kpi/db';
import {
  calendarSchema,
  completenessSchema,
  dueOverrideBodySchema,
  dueOverrideDeleteQuerySchema,
  dueOverrideQuerySchema,
  dueOverrideSchema,
  entryStatesQuerySchema,
  indicatorParamsSchema,
  noContentSchema,
  observationParamsSchema,
  reportingRuleBodySchema,
  reportingRuleSchema,
  validationMessage,
  type DueRule,
} from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../http/errors.js';
import { HttpError } from '../../plugins/errors.js';

const errors = errorResponses(400, 401, 403, 404, 409);

/** A refused write in the one error shape, naming the field and the key of its message. */
function refusal(result: Extract<RuleWrite | OverrideWrite, { ok: false }>): HttpError {
  const code = result.status === 404 ? 'not-found' : result.status === 409 ? 'conflict' : 'validation';
  return new HttpError(result.status, code, `${result.field}: ${validationMessage(result.reason, 'en')}`, { [result.field]: result.reason });
}

/**
 * The reporting calendar and the completeness of a year's figures: approvers and admins read and
 * keep them (the calendar says who answers for what; analysts see their part in their inbox).
 * Every change names the version it was based on and is audited.
 */
export const calendarRoutes: FastifyPluginAsyncZod<{ departmentRule: DueRule }> = async (app, { departmentRule }) => {
  app.get(
    '/api/calendar',
    {
      config: { access: 'approver' },
      schema: {
        tags: ['calendar'],
        summary: 'A year’s reporting calendar: each current indicator’s due rule, responsible people and due dates (approvers)',
        querystring: entryStatesQuerySchema,
        response: { 200: calendarSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return readCalendar(app.db, request.query.year, departmentRule);
    },
  );

  app.put(
    '/api/calendar/:code',
    {
      config: { access: 'approver' },
      schema: {
        tags: ['calendar'],
        summary: 'Set an indicator’s due rule and responsible people (approvers); version 0 while it has none',
        description: '`due: null` follows the department’s rule (REPORT_DUE_MONTH, REPORT_DUE_DAY). A stale version gets 409.',
        params: indicatorParamsSchema,
        body: reportingRuleBodySchema,
        response: { 200: reportingRuleSchema, ...errors },
      },
    },
    async (request) => {
      const result = saveReportingRule(app.db, request.params.code, request.body, request.user!.username);
      if (!result.ok) throw refusal(result);
      return result.rule;
    },
  );

  const overrideDescription =
    '`unit` names one unit’s figure (the province’s is `lang-son`); absent, the date holds for every figure of that year without one of its own.';

  app.put(
    '/api/calendar/:code/years/:year',
    {
      config: { access: 'approver' },
      schema: {
        tags: ['calendar'],
        summary: 'Give a year’s figure of an indicator its own due date (approvers); version 0 for a new one',
        description: overrideDescription,
        params: observationParamsSchema,
        querystring: dueOverrideQuerySchema,
        body: dueOverrideBodySchema,
        response: { 200: dueOverrideSchema, ...errors },
      },
    },
    async (request) => {
      const key = { ...request.params, unit: request.query.unit ?? null };
      const result = writeDueOverride(app.db, key, request.body.version, request.body.due, request.user!.username);
      if (!result.ok) throw refusal(result);
      return result.override!;
    },
  );

  app.delete(
    '/api/calendar/:code/years/:year',
    {
      config: { access: 'approver' },
      schema: {
        tags: ['calendar'],
        summary: 'Remove a year’s own due date: the rule applies again (approvers)',
        description: overrideDescription,
        params: observationParamsSchema,
        querystring: dueOverrideDeleteQuerySchema,
        response: { 204: noContentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const key = { ...request.params, unit: request.query.unit ?? null };
      const result = writeDueOverride(app.db, key, request.query.version, null, request.user!.username);
      if (!result.ok) throw refusal(result);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/completeness',
    {
      config: { access: 'approver' },
      schema: {
        tags: ['calendar'],
        summary: 'How many of a year’s expected figures are published, by indicator and by unit (approvers)',
        description:
          'Expected: every indicator current that year, for the province and, where its definition builds the province’s figure from its units’, for each unit standing at the year’s end.',
        querystring: entryStatesQuerySchema,
        response: { 200: completenessSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return completeness(app.db, request.query.year);
    },
  );
};
