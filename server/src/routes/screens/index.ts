import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PairingLock } from '../../services/pairing-codes.js';
import { watchScreens, type ScreenDarkWait } from '../../services/screen-dark.js';
import type { StreamLimits } from '../../services/stream-slots.js';
import { screenPairingRoutes } from '../screen-pairings/index.js';
import { screenAdminRoutes } from './admin.js';
import { screenControlRoutes } from './control.js';
import { screenLiveRoutes } from './live.js';
import { screenPairRoutes } from './pair.js';

/**
 * Meeting-room screens: admins set them up (admin.ts), pair devices with them (pair.ts, with the
 * device's side in screen-pairings/) and watch and steer them (control.ts); a screen reads its
 * content and change events with its token (live.ts), which keeps its presence.
 */
export const screenRoutes: FastifyPluginAsyncZod<{ streams: StreamLimits; dark: ScreenDarkWait }> = async (app, { streams, dark }) => {
  const presence = watchScreens(app, dark);
  await app.register(screenAdminRoutes);
  await app.register(screenPairingRoutes);
  await app.register(screenPairRoutes, { lock: new PairingLock() });
  await app.register(screenControlRoutes, { presence, dark });
  await app.register(screenLiveRoutes, { streams, presence });
};
