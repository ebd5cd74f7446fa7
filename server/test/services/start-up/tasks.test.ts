import { findUser } from '@kpi/db';
import { describe, expect, it } from 'vitest';
import { startUpTasks } from '../../../src/services/start-up/tasks.js';
import { loggedTestApp } from '../../support/logged-app.js';
import { signIn } from '../../support/users.js';

describe('start-up tasks', () => {
  it('create the first admin, say the database was seeded, then schedule backups, before the app is ready', async () => {
    const { app, lines } = await loggedTestApp('info');
    await app.register(startUpTasks, {
      seeded: true,
      databasePath: 'kpi.sqlite',
      adminPassword: 'first admin password',
      backup: { dir: 'unused', keep: 0, hour: 2 },
    });
    expect(findUser(app.db, 'admin')).toBeUndefined();
    await app.ready();
    expect(findUser(app.db, 'admin')?.role).toBe('admin');
    await signIn(app, 'admin', 'first admin password');
    const messages = lines.map((l) => l.msg ?? '');
    expect(messages).toEqual(
      expect.arrayContaining([
        'created the first account "admin" with the password in KPI_ADMIN_PASSWORD',
        'new database seeded from the 2020 report and the catalogue',
        'scheduled backups are off (BACKUP_KEEP=0)',
      ]),
    );
    const order = ['created the first account', 'new database seeded', 'scheduled backups'].map((start) => messages.findIndex((m) => m.startsWith(start)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('say nothing of seeding on a later start, and schedule the daily backup when BACKUP_KEEP > 0', async () => {
    const { app, lines } = await loggedTestApp('info');
    await app.register(startUpTasks, {
      seeded: false,
      databasePath: 'kpi.sqlite',
      adminPassword: 'first admin password',
      backup: { dir: 'unused', keep: 3, hour: 2 },
    });
    await app.ready();
    const messages = lines.map((l) => l.msg ?? '');
    expect(messages).toContain('daily backup scheduled');
    expect(messages.some((m) => m.startsWith('new database seeded'))).toBe(false);
  });
});
