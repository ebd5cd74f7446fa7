import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, insertUser, openDb, seedDatabase } from '@kpi/db';
import type { Role } from '@kpi/shared';
import type { RunDetails } from 'fast-check';
import { buildApp, type App } from '../../src/app.js';
import { TEST_SCRYPT } from '../support/scrypt.js';
import { describeRequest } from './check-response.js';
import type { FuzzRequest } from './requests.js';
import { discoverKnownValues, Sessions } from './runner.js';
import { injectTransport } from './transports.js';

const PASSWORD = 'fuzz caller password';

/**
 * Raised limits for the fuzz: sign-ins renew sessions, and every write must reach validation
 * rather than a 429. Passed through a variable so a limit option this build does not know yet
 * (the per-user write limit) is no type error.
 */
const RAISED_LIMITS = { loginPerMinute: 1_000_000, writePerMinute: 1_000_000 };

/**
 * The app as users run it, for the fuzz: a seeded database in a temp FILE (imports run in a
 * worker with their own connection), a tiny built web app (SPA fallback and static files), one
 * account per role signed in, and the rows the generators may name.
 */
export async function fuzzApp() {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-fuzz-'));
  const webDist = join(dir, 'web');
  mkdirSync(join(webDist, 'assets'), { recursive: true });
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>KPI</title><div id="root"></div>');
  writeFileSync(join(webDist, 'assets', 'app.js'), 'console.log("app")');
  const db = openDb(join(dir, 'kpi.sqlite'));
  seedDatabase(db);
  const app: App = await buildApp({ db, webDist, auth: RAISED_LIMITS, scryptForTests: TEST_SCRYPT });
  const passwordHash = await app.passwords.hash(PASSWORD);
  for (const role of ['viewer', 'analyst', 'approver', 'admin'] as Role[]) {
    insertUser(db, { username: `fz-${role}`, displayName: `Fuzz ${role}`, role, passwordHash });
  }
  const transport = injectTransport(app);
  const sessions = new Sessions(async (role) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: `fz-${role}`, password: PASSWORD } });
    const cookie = res.cookies.find((c) => c.name === 'kpi_session');
    if (res.statusCode !== 200 || !cookie) throw new Error(`sign-in of fz-${role}: ${res.statusCode} ${res.body}`);
    return `kpi_session=${cookie.value}`;
  });
  await sessions.signInAll();
  const known = await discoverKnownValues(transport, sessions.cookie('admin')!);
  return {
    app,
    transport,
    sessions,
    known,
    async close() {
      await app.close();
      closeDb(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A failure report that names the request and the seed, without 100 KB counterexamples. */
export async function shortReport(details: RunDetails<[FuzzRequest]>): Promise<void> {
  if (!details.failed) return;
  const request = details.counterexample?.[0];
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `${error}\n  request: ${request ? describeRequest(request) : '?'}\n  replay: seed ${details.seed}, path "${details.counterexamplePath}" (after ${details.numRuns} runs, ${details.numShrinks} shrinks)`,
  );
}
