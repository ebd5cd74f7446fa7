import { appendAudit, findScreen, listScreenPresence, toScreen } from '@kpi/db';
import {
  noContentSchema,
  screenCommandSchema,
  screenCommandSentSchema,
  screenHealthListSchema,
  screenParamsSchema,
  screenStatusReportSchema,
  screenTokenQuerySchema,
  type ScreenHealth,
} from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, invalid, notFound } from '../../http/errors.js';
import { isDark, type ScreenDarkWait } from '../../services/screen-dark.js';
import type { ScreenPresence } from '../../services/screen-presence.js';
import { screenForToken } from '../../services/screen-tokens.js';

/**
 * Reports per address per minute: a screen reports at every slide turn (every 20 s by default, 5 s
 * on a quick one), and a building's screens share one address behind its NAT, which the anonymous
 * write limit would count together and refuse unseen. Its own limit has a hundred such screens fit.
 */
const REPORTS_PER_MINUTE = 1200;

/**
 * A screen's health and control from afar: the screen reports what it shows (with its token), the
 * admin reads every screen's presence and sends commands through its live stream (live.ts).
 */
export const screenControlRoutes: FastifyPluginAsyncZod<{ presence: ScreenPresence; dark: ScreenDarkWait }> = async (app, { presence, dark }) => {
  app.post(
    '/api/screens/:id/status',
    {
      // The screen's token is checked in the handler, as for its content and stream.
      config: { access: 'public', rateLimit: { max: REPORTS_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        tags: ['screens'],
        summary: 'A screen reports the slide it shows, its viewport and the data version it shows, with its token',
        params: screenParamsSchema,
        querystring: screenTokenQuerySchema,
        body: screenStatusReportSchema,
        response: { 204: noContentSchema, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      screenForToken(app.db, request.params.id, request.query.token);
      presence.report(request.params.id, request.body, request.headers['user-agent']);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/screen-health',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['screens'],
        summary: 'Every screen’s presence: online or last seen, what it shows, whether it is behind or dark (admins)',
        response: { 200: screenHealthListSchema, ...errorResponses(401, 403) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      const now = Date.now();
      // One light read (no playlists parsed): the health is polled while the admin's page is open.
      const screens = listScreenPresence(app.db).map((screen): ScreenHealth => {
        const live = presence.get(screen.id);
        const online = (live?.streams ?? 0) > 0;
        const lastSeenAt = online ? null : screen.lastSeenAt;
        const report = live?.report ?? null;
        return {
          id: screen.id,
          online,
          connectedSince: live?.connectedSince ?? null,
          lastSeenAt,
          report,
          behind: online && report !== null && report.dataVersion < app.view.version,
          userAgent: live?.userAgent ?? null,
          dark: isDark({ active: screen.active, online, lastSeenAt }, now, dark.ms),
          blanked: presence.isBlanked(screen.id),
        };
      });
      return { screens, darkAfterMinutes: dark.minutes };
    },
  );

  app.post(
    '/api/screens/:id/commands',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['screens'],
        summary: 'Reload a screen, show one of its slides now, or blank and unblank it, through its live stream; audited (admins)',
        params: screenParamsSchema,
        body: screenCommandSchema,
        response: { 202: screenCommandSentSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const command = request.body;
      const row = findScreen(app.db, id);
      if (!row) throw notFound(`No screen ${id}`);
      // During a scheduled set the screen plays that set's slides: the longest list it can play bounds the number.
      const screen = toScreen(row);
      const slides = Math.max(screen.playlist.length, ...screen.schedule.map((set) => set.playlist.length));
      if (command.type === 'show-slide' && command.slide > slides) throw invalid(`The playlist has ${slides} slides`, { slide: 'slide-range' });
      appendAudit(app.db, { actor: request.user!.username, action: `screen.${command.type}`, entity: 'screen', entityKey: String(id), detail: command });
      if (command.type === 'blank' || command.type === 'unblank') presence.setBlanked(id, command.type === 'blank');
      app.events.emit('screen-command', id, command);
      return reply.code(202).send({ delivered: presence.get(id)?.streams ?? 0 });
    },
  );
};
