import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { StreamLimits } from '../../services/stream-slots.js';
import { screenAdminRoutes } from './admin.js';
import { screenLiveRoutes } from './live.js';

/** Meeting-room screens: admins set them up (admin.ts); a screen reads its content and change events with its token (live.ts). */
export const screenRoutes: FastifyPluginAsyncZod<{ streams: StreamLimits }> = async (app, { streams }) => {
  await app.register(screenAdminRoutes);
  await app.register(screenLiveRoutes, { streams });
};
