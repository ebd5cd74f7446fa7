import { fastifySSE } from '@fastify/sse';
import { everySlide, screenContentSchema, screenParamsSchema, screenTokenQuerySchema, type ScreenCommand, type ScreenSettings } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { peerSlideRanks } from '../../services/screen-peers.js';
import { screenForToken } from '../../services/screen-tokens.js';
import { toScreen } from '@kpi/db';
import { sendJsonText } from '../../http/send-cached.js';
import { errorBody, HttpError } from '../../plugins/errors.js';
import type { ScreenPresence } from '../../services/screen-presence.js';
import { StreamSlots, type StreamLimits } from '../../services/stream-slots.js';
import { errorResponses } from '../../http/errors.js';

/** Seconds between heartbeat comments: well under the idle timeouts of proxies and TV browsers. */
const HEARTBEAT_MS = 15_000;
/**
 * When a refused screen may try again: two heartbeats, by which a screen that reloaded has had its
 * old connection closed (one that lost its network can hold a slot for minutes, until TCP gives up).
 */
const STREAM_RETRY_AFTER_S = (2 * HEARTBEAT_MS) / 1000;

const refusals = {
  'per-screen': 'This screen already has as many live streams open as allowed (SCREEN_STREAMS_PER_SCREEN)',
  'per-address': 'This address already has as many live streams open as allowed (SCREEN_STREAMS_PER_ADDRESS)',
};

/**
 * What a screen reads with its token and nothing else: its settings with the published overview
 * of its year (the latest with published data unless the admin chose one) and the breakdowns by
 * unit its playlist shows, and a stream announcing
 * every change (Server-Sent Events).
 */
export const screenLiveRoutes: FastifyPluginAsyncZod<{ streams: StreamLimits; presence: ScreenPresence }> = async (app, { streams, presence }) => {
  await app.register(fastifySSE, { heartbeatInterval: HEARTBEAT_MS });
  // Each stream holds a socket and listeners for as long as it lasts: bounded per screen and per address.
  const slots = new StreamSlots(streams);

  /**
   * The breakdowns the `units` slides show, of the playlist and of every scheduled set (the screen
   * switches sets by itself, with no request), each the one the indicator page reads (cached per
   * data version). A screen that follows the latest year takes each indicator's latest year a unit reported: communes report apart from the province, whose latest year may have none.
   */
  const unitsBody = (settings: ScreenSettings): string => {
    const { year } = settings;
    const codes = new Set(everySlide(settings).flatMap((slide) => (slide.type === 'units' ? [slide.code] : [])));
    const entries = [...codes].flatMap((code) => {
      const breakdown = app.view.units(code, year ?? undefined);
      return breakdown ? [`${JSON.stringify(code)}:${breakdown.body}`] : [];
    });
    return `{${entries.join(',')}}`;
  };

  app.get(
    '/api/screens/:id/content',
    {
      // The screen's token is checked in the handler: it opens this screen's content and nothing else.
      config: { access: 'public' },
      schema: {
        tags: ['screens'],
        summary: 'A screen’s settings and the published overview, with its token',
        params: screenParamsSchema,
        querystring: screenTokenQuerySchema,
        response: { 200: screenContentSchema, ...errorResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const { active: _a, tokenIssuedAt: _t, version: _v, ...screen } = toScreen(screenForToken(app.db, request.params.id, request.query.token));
      // A fixed year stays put; none follows the newest published figures as they arrive.
      const dashboard = app.view.dashboard(screen.year ?? app.view.latestYear());
      // The overview's bodies are already serialised once per change: splice them in rather than parse them.
      const peers = peerSlideRanks(app.db, everySlide(screen));
      const body = `{"screen":${JSON.stringify(screen)},"dashboard":${dashboard.body},"catalogue":${app.view.catalogue().body},"units":${unitsBody(screen)},${peers ? `"peerRanks":${JSON.stringify(peers)},` : ''}"dataVersion":${app.view.version}}`;
      return sendJsonText(reply, body);
    },
  );

  app.get(
    '/api/screens/:id/events',
    {
      sse: 'only',
      // The screen's token is checked in the handler: it opens this screen's stream and nothing else.
      config: { access: 'public' },
      // @fastify/sse answers a client that refuses text/event-stream with its own 406 body:
      // restate it in the one error shape (a stream's payload passes untouched).
      onSend: async (_request, reply, payload) =>
        reply.statusCode === 406
          ? JSON.stringify(errorBody('not-acceptable', 'This address is a stream of events: ask for Accept: text/event-stream'))
          : payload,
      schema: {
        tags: ['screens'],
        summary:
          'Server-Sent Events: `changed` when published data changes, `settings` or `disabled` when the screen does, `command` when an admin reloads, blanks or turns it',
        params: screenParamsSchema,
        querystring: screenTokenQuerySchema,
        response: errorResponses(400, 401, 429),
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { token } = request.query;
      screenForToken(app.db, id, token);
      const release = slots.open(id, request.ip);
      if (typeof release === 'string') {
        // Before any event is written, so the refusal is an ordinary answer in the one error shape.
        reply.header('retry-after', String(STREAM_RETRY_AFTER_S));
        throw new HttpError(429, 'too-many-streams', refusals[release]);
      }
      reply.sse.onClose(release);
      // The stream is the screen's presence: online while it is open, "last seen" once it closes.
      reply.sse.onClose(presence.open(id, request.headers['user-agent']));
      reply.sse.keepAlive();
      const send = (event: string, data: unknown) => {
        if (reply.sse.isConnected) void reply.sse.send({ event, data }).catch(() => undefined);
      };
      const onData = () => send('changed', { dataVersion: app.view.version });
      const onScreen = (changedId: number) => {
        if (changedId !== id) return;
        try {
          screenForToken(app.db, id, token);
          send('settings', {});
        } catch {
          send('disabled', {});
          reply.sse.close();
        }
      };
      const onCommand = (commandId: number, command: ScreenCommand) => {
        if (commandId === id) send('command', command);
      };
      // Streams never end by themselves: close them when the server closes, so SIGTERM can finish.
      const onShutdown = () => reply.sse.close();
      app.events.on('published-changed', onData);
      app.events.on('screen-changed', onScreen);
      app.events.on('screen-command', onCommand);
      app.events.on('shutdown', onShutdown);
      reply.sse.onClose(() => {
        app.events.off('published-changed', onData);
        app.events.off('screen-changed', onScreen);
        app.events.off('screen-command', onCommand);
        app.events.off('shutdown', onShutdown);
      });
      // A client that left while the request waited has had its close event already: close here.
      if (reply.raw.destroyed) reply.sse.close();
      send('hello', { dataVersion: app.view.version });
      // Blanked for a confidential meeting: a screen that reloads or reconnects comes back blank.
      if (presence.isBlanked(id)) send('command', { type: 'blank' });
    },
  );
};
