import etag from '@fastify/etag';
import type { Db } from '@kpi/db';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorsPlugin } from './plugins/errors.js';
import { openapiPlugin } from './plugins/openapi.js';
import { hasWebApp, webAppPlugin } from './plugins/web-app.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { healthRoutes } from './routes/health.js';
import { indicatorRoutes } from './routes/indicators.js';
import { sourceRoutes } from './routes/sources.js';
import { PublishedView } from './services/published-view.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    view: PublishedView;
  }
}

export interface AppOptions {
  /** An open, migrated database (see `openDb`). */
  db: Db;
  /** The built web app to serve beside the API; null for the API alone. */
  webDist?: string | null;
  logger?: FastifyServerOptions['logger'];
}

/** The whole app, without listening: tests call `app.inject`, main.ts calls `listen`. */
export async function buildApp({ db, webDist = null, logger = false }: AppOptions) {
  const app = Fastify({ logger }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', db);
  app.decorate('view', new PublishedView(db));

  const spaIndex = hasWebApp(webDist);
  await app.register(errorsPlugin, { spaIndex });
  await app.register(etag);
  await app.register(openapiPlugin);
  await app.register(healthRoutes);
  await app.register(indicatorRoutes);
  await app.register(dashboardRoutes);
  await app.register(sourceRoutes);
  if (spaIndex) await app.register(webAppPlugin, { root: webDist });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
