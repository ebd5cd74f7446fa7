import { insertScreen, listScreens, updateScreen } from '@kpi/db';
import {
  screenIssuedSchema,
  screenListSchema,
  screenParamsSchema,
  screenSchema,
  screenSettingsSchema,
  screenVersionBodySchema,
  updateScreenBodySchema,
} from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { newScreenToken, screenUrl } from '../../services/screen-tokens.js';
import { errorResponses, notFound, staleVersion } from '../../http/errors.js';

const errors = errorResponses(400, 401, 403, 404, 409);

/** Admins set up meeting-room screens; the token is shown once, in the URL to open on the screen. */
export const screenAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  const admin = { config: { access: 'admin' as const } };
  const changed = (result: ReturnType<typeof updateScreen>, id: number) => {
    if (result === undefined) throw notFound(`No screen ${id}`);
    if (result === 'conflict') throw staleVersion('The screen changed since you loaded it');
    app.events.emit('screen-changed', id);
    return result;
  };

  app.get(
    '/api/screens',
    { ...admin, schema: { tags: ['screens'], summary: 'Every screen (admins)', response: { 200: screenListSchema, ...errors } } },
    async () => ({
      screens: listScreens(app.db),
    }),
  );

  app.post(
    '/api/screens',
    {
      ...admin,
      schema: {
        tags: ['screens'],
        summary: 'Create a screen; returns its URL with a read-only token (admins)',
        body: screenSettingsSchema,
        response: { 201: screenIssuedSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { token, tokenHash } = newScreenToken();
      const screen = insertScreen(app.db, request.body, tokenHash, request.user!.username);
      return reply.code(201).send({ screen, token, url: screenUrl(screen.id, token) });
    },
  );

  app.patch(
    '/api/screens/:id',
    {
      ...admin,
      schema: {
        tags: ['screens'],
        summary: 'Change a screen’s settings or playlist (admins)',
        params: screenParamsSchema,
        body: updateScreenBodySchema,
        response: { 200: screenSchema, ...errors },
      },
    },
    async (request) => {
      const { version, ...change } = request.body;
      return changed(updateScreen(app.db, request.params.id, version, change, request.user!.username, 'screen.update'), request.params.id);
    },
  );

  app.post(
    '/api/screens/:id/token',
    {
      ...admin,
      schema: {
        tags: ['screens'],
        summary: 'Issue a new token: the old URL stops working (admins)',
        params: screenParamsSchema,
        body: screenVersionBodySchema,
        response: { 200: screenIssuedSchema, ...errors },
      },
    },
    async (request) => {
      const { token, tokenHash } = newScreenToken();
      const screen = changed(
        updateScreen(app.db, request.params.id, request.body.version, { tokenHash }, request.user!.username, 'screen.reissue-token'),
        request.params.id,
      );
      return { screen, token, url: screenUrl(screen.id, token) };
    },
  );

  app.post(
    '/api/screens/:id/revoke',
    {
      ...admin,
      schema: {
        tags: ['screens'],
        summary: 'Revoke the token: the screen shows "disabled" (admins)',
        params: screenParamsSchema,
        body: screenVersionBodySchema,
        response: { 200: screenSchema, ...errors },
      },
    },
    async (request) =>
      changed(updateScreen(app.db, request.params.id, request.body.version, { tokenHash: null }, request.user!.username, 'screen.revoke'), request.params.id),
  );
};
