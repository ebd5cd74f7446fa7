import { findScreen, markScreenSeen } from '@kpi/db';
import { formatDateTime } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PairingLock } from '../../services/pairing-codes.js';
import { ScreenPresence } from '../../services/screen-presence.js';
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
export const screenRoutes: FastifyPluginAsyncZod<{ streams: StreamLimits; darkAfterMinutes: number }> = async (app, { streams, darkAfterMinutes }) => {
  // One timer per screen that went dark: a screen that comes back and drops again restarts its wait.
  const darkTimers = new Map<number, NodeJS.Timeout>();
  const presence = new ScreenPresence((id, at) => {
    // A stream closing as the server shuts down may find the database closed: "last seen" is not worth a crash.
    try {
      markScreenSeen(app.db, id, at);
    } catch (error) {
      app.log.warn({ err: error, screen: id }, 'could not record when the screen was last seen');
    }
    clearTimeout(darkTimers.get(id));
    darkTimers.set(
      id,
      setTimeout(() => {
        darkTimers.delete(id);
        if ((presence.get(id)?.streams ?? 0) > 0) return;
        const screen = findScreen(app.db, id);
        // A revoked screen is dark on purpose.
        if (!screen?.tokenHash) return;
        app.mail.screenDark({ owner: screen.createdBy, screenName: screen.name, minutes: darkAfterMinutes, lastSeen: formatDateTime(at, 'vi') });
      }, darkAfterMinutes * 60_000).unref(),
    );
  });
  // Kept in memory: a screen dark across a restart is flagged on the admin's page, not mailed.
  app.addHook('onClose', async () => darkTimers.forEach((timer) => clearTimeout(timer)));
  await app.register(screenAdminRoutes);
  await app.register(screenPairingRoutes);
  await app.register(screenPairRoutes, { lock: new PairingLock() });
  await app.register(screenControlRoutes, { presence, darkAfterMinutes });
  await app.register(screenLiveRoutes, { streams, presence });
};
