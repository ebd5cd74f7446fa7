import { join } from 'node:path';
import { backupDatabase, backupFileName, pruneBackups, type Db } from '@kpi/db';
import type { FastifyBaseLogger } from 'fastify';

export interface BackupSchedule {
  dir: string;
  /** Backups kept; the oldest beyond are deleted after each new one. 0: no scheduled backups. */
  keep: number;
  /** Local hour of the daily backup (0–23). */
  hour: number;
}

/** Milliseconds from `now` to the next `hour`:00 local time (tomorrow's if today's has passed). */
export function msUntilHour(hour: number, now = new Date()): number {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next <= now) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

/** One scheduled backup: a timestamped online copy into `dir`, then the oldest beyond `keep` deleted. */
export async function runScheduledBackup(db: Db, { dir, keep }: Pick<BackupSchedule, 'dir' | 'keep'>, now = new Date()) {
  const done = await backupDatabase(db, join(dir, backupFileName(now)));
  const deleted = pruneBackups(dir, keep);
  return { ...done, deleted };
}

/**
 * A daily online backup while the server runs (BACKUP_DIR, BACKUP_KEEP, BACKUP_HOUR). The timer is
 * unref'd, so it never holds the process open; a failed backup is logged and tried again the next day.
 * Returns a stop function for shutdown.
 */
export function scheduleBackups(db: Db, schedule: BackupSchedule, log: FastifyBaseLogger): () => void {
  if (schedule.keep === 0) {
    log.info('scheduled backups are off (BACKUP_KEEP=0)');
    return () => undefined;
  }
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    timer = setTimeout(() => {
      runScheduledBackup(db, schedule)
        .then((done) => log.info({ path: done.path, bytes: done.bytes, deleted: done.deleted }, 'scheduled backup written'))
        .catch((err: unknown) => log.error({ err }, 'scheduled backup failed'))
        .finally(arm);
    }, msUntilHour(schedule.hour));
    timer.unref();
  };
  arm();
  log.info({ dir: schedule.dir, keep: schedule.keep, hour: schedule.hour }, 'daily backup scheduled');
  return () => clearTimeout(timer);
}
