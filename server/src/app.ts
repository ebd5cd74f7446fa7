import etag from '@fastify/etag';
import rateLimit from '@fastify/rate-limit';
import type { Db } from '@kpi/db';
import { EventEmitter } from 'node:events';
import Fastify, { type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { TrustProxy } from './config.js';
import { DEFAULT_CALENDAR, type CalendarSettings } from './calendar-settings.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { mayReadDrafts } from './plugins/access.js';
import { authPlugin } from './plugins/auth.js';
import { errorsPlugin, frameworkErrors, HttpError } from './plugins/errors.js';
import { gracefulClosePlugin } from './plugins/graceful-close.js';
import { AccessLogController } from './plugins/access-log.js';
import { lazyChildLogger } from './plugins/lazy-logger.js';
import { openapiPlugin } from './plugins/openapi.js';
import { pressurePlugin, type PressureOptions } from './plugins/pressure.js';
import { securityHeadersPlugin } from './plugins/security-headers.js';
import { hasWebApp, webAppPlugin } from './plugins/web-app.js';
import { loadPageRenderer, pageRendererPath, pageRenderPlugin } from './plugins/page-render.js';
import { writeRateLimitPlugin } from './plugins/write-rate-limit.js';
import { auditRoutes } from './routes/audit/index.js';
import { calendarRoutes } from './routes/calendar/index.js';
import { inboxRoutes } from './routes/inbox/index.js';
import { authRoutes } from './routes/auth/index.js';
import { commentaryRoutes } from './routes/commentary/index.js';
import { catalogueTransferRoutes } from './routes/catalogue-transfer/index.js';
import { dashboardRoutes } from './routes/dashboard/index.js';
import { exportRoutes } from './routes/exports/index.js';
import { healthRoutes } from './routes/health/index.js';
import { importRoutes } from './routes/imports/index.js';
import { indicatorDefinitionRoutes } from './routes/indicator-definitions/index.js';
import { indicatorGroupRoutes } from './routes/indicator-groups/index.js';
import { indicatorRoutes } from './routes/indicators/index.js';
import { mailRoutes } from './routes/mail/index.js';
import { observationRoutes } from './routes/observations/index.js';
import { orgUnitRoutes } from './routes/org-units/index.js';
import { rankingRoutes } from './routes/rankings/index.js';
import { reviewRoutes } from './routes/reviews/index.js';
import { screenRoutes } from './routes/screens/index.js';
import { sourceRoutes } from './routes/sources/index.js';
import { targetRoutes } from './routes/targets/index.js';
import { userRoutes } from './routes/users/index.js';
import { MailService, type MailServiceOptions } from './services/mail/mail-service.js';
import { passwordHasher, type PasswordHasher, type ScryptParams } from './services/passwords.js';
import { PublishedFiles } from './services/published-files.js';
import { DEFAULT_REVIEW_AGENCY, type ReviewAgency } from './services/review-document/index.js';
import { PublishedView } from './services/published-view.js';
import { DEFAULT_STREAM_LIMITS, type StreamLimits } from './services/stream-slots.js';
import { DEFAULT_LOCKOUT, type LockoutPolicy } from './services/sign-in-lockout.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    /** Published figures: what leaders, exports and screens see. */
    view: PublishedView;
    /** Reviews and exports of the published figures, built once per data version and query. */
    publishedFiles: PublishedFiles;
    /** Pending drafts in place of published figures, and every source: analysts' preview (`?include=drafts`). */
    draftView: PublishedView;
    /** The view a request may read: drafts only for signed-in analysts who ask for them. */
    viewFor(request: FastifyRequest, include: 'drafts' | undefined): PublishedView;
    /** Call after every write: cached bodies are rebuilt on the next read, and screens are told. */
    invalidateViews(): void;
    /** Hashes and checks passwords, at OWASP's scrypt cost (services/passwords.ts). */
    passwords: PasswordHasher;
    /** `published-changed` after any write; `screen-changed` (id) when a screen's settings or token change; `screen-command` (id, command) from its admin; `shutdown` as the server closes. */
    events: EventEmitter;
    /** E-mail: queues notices and digests, and the sender loop that delivers them (services/mail/). */
    mail: MailService;
  }
}

export interface AppOptions {
  /** An open, migrated database (see `openDb`). */
  db: Db;
  /** The built web app to serve beside the API; null for the API alone. */
  webDist?: string | null;
  logger?: FastifyServerOptions['logger'];
  /** Behind a reverse proxy: whose X-Forwarded-* to believe (a hop count, or the proxies' addresses/CIDRs). */
  trustProxy?: TrustProxy;
  auth?: {
    idleMinutes?: number;
    /** Days after sign-in after which a session ends however active (SESSION_MAX_DAYS, 30). */
    maxDays?: number;
    publicRead?: boolean;
    /** Sign-in attempts per address per minute (LOGIN_RATE_PER_MINUTE, 10). */
    loginPerMinute?: number;
    /** Failed sign-ins in a row per username (LOGIN_BACKOFF_AFTER 3, LOGIN_LOCK_AFTER 10, LOGIN_LOCK_MINUTES 15). */
    lockout?: Partial<LockoutPolicy>;
    /** Writes per signed-in user and address per minute (WRITE_RATE_PER_MINUTE, 120); load tests raise it. */
    writePerMinute?: number;
  };
  /** Body, upload, row and zip limits (limits.ts); each defaults to DEFAULT_LIMITS. */
  limits?: Partial<Limits>;
  /** 503 under event-loop delay or heap pressure (MAX_EVENT_LOOP_DELAY_MS, MAX_HEAP_USED_MB); false turns it off. */
  pressure?: PressureOptions | false;
  /** Live screen streams open at once per screen and per address (SCREEN_STREAMS_PER_SCREEN 5, SCREEN_STREAMS_PER_ADDRESS 20). */
  screenStreams?: Partial<StreamLimits>;
  /** Minutes without a live stream after which a screen that was seen is flagged dark (SCREEN_DARK_AFTER_MINUTES 30). */
  screenDarkAfterMinutes?: number;
  /** Who issues the yearly review as a report (REVIEW_AGENCY and the rest; services/review-document/agency.ts). */
  reviewAgency?: ReviewAgency;
  /**
   * For tests only: a cheaper scrypt cost for the hashes the app makes, so suites that sign in
   * hundreds of times stay fast. Unset (as main.ts leaves it) it is OWASP's, and no setting exposes it.
   */
  scryptForTests?: ScryptParams;
  /** For tests only: the wait before a screen is dark, in ms, so a test need not wait a minute; the page and mail still say screenDarkAfterMinutes. */
  screenDarkAfterMsForTests?: number;
  /** SMTP_URL and the rest (config.ts); without `settings.smtpUrl` no mail is queued or sent. */
  mail?: Partial<Omit<MailServiceOptions, 'log'>>;
  /** The reporting calendar's settings (REPORT_DUE_MONTH/DAY, INBOX_DUE_DAYS, INBOX_WORSENED_DAYS); defaults as config.ts. */
  calendar?: Partial<CalendarSettings>;
  /** Where "today" comes from for the inbox: tests pin it; the real clock otherwise. */
  clock?: () => Date;
}

/** A hop count as the function Fastify runs for one (its types take no number): the n hops nearest the server are proxies. */
const fastifyTrustProxy = (trust: TrustProxy) => (typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust);

/** The whole app, without listening: tests call `app.inject`, main.ts calls `listen`. */
export async function buildApp({
  db,
  webDist = null,
  logger = false,
  trustProxy = false,
  auth = {},
  limits: someLimits = {},
  pressure = false,
  screenStreams = {},
  screenDarkAfterMinutes = 30,
  reviewAgency = DEFAULT_REVIEW_AGENCY,
  scryptForTests,
  screenDarkAfterMsForTests,
  mail = {},
  calendar: someCalendar = {},
  clock = () => new Date(),
}: AppOptions) {
  const calendar: CalendarSettings = { ...DEFAULT_CALENDAR, ...someCalendar };
  const limits: Limits = { ...DEFAULT_LIMITS, ...someLimits };
  // One access line per request, and request loggers made on first use: most requests log
  // nothing else (docs/benchmarks.md).
  const app = Fastify({
    logger,
    trustProxy: fastifyTrustProxy(trustProxy),
    bodyLimit: limits.bodyBytes,
    frameworkErrors,
    logController: new AccessLogController(),
    childLoggerFactory: lazyChildLogger,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', db);
  app.decorate('passwords', passwordHasher(scryptForTests));
  app.decorate('view', new PublishedView(db));
  app.decorate('draftView', new PublishedView(db, { includeDrafts: true }));
  app.decorate('publishedFiles', new PublishedFiles(app.view));
  app.decorate('viewFor', (request: FastifyRequest, include: 'drafts' | undefined) =>
    include === 'drafts' && mayReadDrafts(request) ? app.draftView : app.view,
  );
  const events = new EventEmitter();
  // Every open screen listens: no warning at 10.
  events.setMaxListeners(0);
  app.decorate('events', events);
  app.addHook('preClose', async () => {
    events.emit('shutdown');
  });
  app.decorate('invalidateViews', () => {
    app.view.invalidate();
    app.draftView.invalidate();
    events.emit('published-changed');
  });

  app.decorate(
    'mail',
    new MailService(db, {
      settings: { smtpUrl: null, from: null, digestHour: 7, publicUrl: null },
      baseUrl: 'http://localhost:3000',
      calendar,
      published: () => app.view.snapshot().data,
      ...mail,
      log: app.log,
    }),
  );
  // The sender loop starts with the server (start-up tasks); whoever started it, it ends with the app.
  app.addHook('onClose', async () => app.mail.stop());

  const spaIndex = hasWebApp(webDist);
  await app.register(errorsPlugin, { spaIndex });
  if (pressure) await app.register(pressurePlugin, pressure);
  await app.register(securityHeadersPlugin);
  await app.register(gracefulClosePlugin);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'rate-limited', `Too many requests: try again in ${Math.ceil(context.ttl / 1000)} s`, undefined, {
        retryAt: new Date(Date.now() + context.ttl).toISOString(),
      }),
  });
  await app.register(authPlugin, { idleMinutes: auth.idleMinutes ?? 480, maxDays: auth.maxDays ?? 30, publicRead: auth.publicRead ?? true });
  await app.register(writeRateLimitPlugin, { perMinute: auth.writePerMinute ?? 120 });
  await app.register(etag);
  await app.register(openapiPlugin);
  await app.register(healthRoutes);
  await app.register(authRoutes, { loginPerMinute: auth.loginPerMinute ?? 10, lockout: { ...DEFAULT_LOCKOUT, ...auth.lockout } });
  await app.register(userRoutes);
  await app.register(mailRoutes);
  await app.register(indicatorRoutes);
  await app.register(indicatorDefinitionRoutes);
  await app.register(indicatorGroupRoutes);
  await app.register(catalogueTransferRoutes, { limits });
  await app.register(observationRoutes);
  await app.register(targetRoutes);
  await app.register(commentaryRoutes);
  await app.register(orgUnitRoutes, { limits });
  await app.register(dashboardRoutes);
  await app.register(sourceRoutes);
  await app.register(auditRoutes);
  await app.register(calendarRoutes, { departmentRule: calendar.departmentRule });
  await app.register(inboxRoutes, { ...calendar, clock });
  await app.register(importRoutes, { limits });
  await app.register(rankingRoutes, { limits });
  await app.register(exportRoutes);
  await app.register(reviewRoutes, { agency: reviewAgency });
  await app.register(screenRoutes, {
    streams: { ...DEFAULT_STREAM_LIMITS, ...screenStreams },
    dark: { minutes: screenDarkAfterMinutes, ms: screenDarkAfterMsForTests ?? screenDarkAfterMinutes * 60_000 },
  });
  if (spaIndex) {
    // The leaders' pages come rendered with their figures when the build made the renderer.
    const render = await loadPageRenderer(pageRendererPath(webDist));
    if (render) await app.register(pageRenderPlugin, { root: webDist, render, publicRead: auth.publicRead ?? true });
    await app.register(webAppPlugin, { root: webDist });
  }
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
