import { appendAudit, countUsers, insertUser, type Db } from '@kpi/db';
import type { FastifyBaseLogger } from 'fastify';
import { generatePassword, hashPassword } from './passwords.js';

/**
 * On a start with no users, creates `admin` with KPI_ADMIN_PASSWORD, or with a generated password
 * printed once to the log (it is stored only hashed). Returns the username created, if any.
 */
export async function ensureAdmin(db: Db, log: Pick<FastifyBaseLogger, 'info' | 'warn'>, password: string | undefined): Promise<string | null> {
  if (countUsers(db) > 0) return null;
  const chosen = password || generatePassword();
  const passwordHash = await hashPassword(chosen);
  db.transaction((tx) => {
    insertUser(tx, { username: 'admin', displayName: 'Administrator', role: 'admin', passwordHash });
    appendAudit(tx, { actor: 'system', action: 'user.create', entity: 'user', entityKey: 'admin', after: { role: 'admin' } });
  });
  if (password) log.info('created the first account "admin" with the password in KPI_ADMIN_PASSWORD');
  // Printed once on purpose: there is no other way to learn a generated password.
  else log.warn(`created the first account "admin" with the generated password: ${chosen} — change it after signing in`);
  return 'admin';
}
