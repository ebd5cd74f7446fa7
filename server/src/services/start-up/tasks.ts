import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { scheduleBackups, type BackupSchedule } from '../backup-schedule.js';
import { ensureAdmin } from '../bootstrap-admin.js';

export interface StartUpTaskOptions {
  /** The database was seeded by this start (openDatabase): said once in the log. */
  seeded: boolean;
  databasePath: string;
  /** KPI_ADMIN_PASSWORD: the first account's password on a start with no users. */
  adminPassword: string | undefined;
  backup: BackupSchedule;
}

/**
 * What the server does once per start, beside serving: the first admin account on a database
 * with no users, a note that the database was just seeded, the daily backup, and the mail sender
 * loop (which the app stops as it closes). Run as the app
 * becomes ready, before it listens, so nobody can sign in before the admin exists; the backup
 * timer stops as the app begins to close. Tests build the app without it.
 */
export const startUpTasks = fp(async (app: FastifyInstance, { seeded, databasePath, adminPassword, backup }: StartUpTaskOptions) => {
  let stopBackups: () => void = () => undefined;
  app.addHook('onReady', async () => {
    await ensureAdmin(app.db, app.log, adminPassword);
    if (seeded) app.log.info({ path: databasePath }, 'new database seeded from the 2020 report and the catalogue');
    stopBackups = scheduleBackups(app.db, backup, app.log);
    if (app.mail.configured) app.mail.start();
    else app.log.info('mail is off (no SMTP_URL): nothing is queued or sent');
  });
  app.addHook('preClose', async () => stopBackups());
});
