/**
 * Many clients writing at once over real HTTP against the built server: the same figure at the
 * same version (exactly one winner per version, every other 409 with the winner's figure), many
 * different figures at once (all saved), and a spreadsheet import — a worker thread with its own
 * database connection — running while they write, so SQLite's write lock is really contended
 * (within the server's one thread better-sqlite3 runs each transaction whole). The final state
 * and the audit trail must hold exactly the accepted writes; nothing may fail as "database busy".
 * Rate limits are raised for the test (sign-ins, and writes per user where the build limits them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, signIn, type Session } from '../support/kpi-api.js';
import { startServer, type RunningServer } from '../support/server.js';

const ADMIN_PASSWORD = 'concurrency-admin-password';
const PASSWORD = 'concurrency-user-password';
const ANALYSTS = 12;
const APPROVERS = 4;
const ROUNDS = 5;
/** Figures the import does not touch: a ratio indicator, written directly. */
const CODE = 'bluezone-install-rate';
const CONTESTED_YEAR = 2016;
const FIRST_SEPARATE_YEAR = 2001;

let server: RunningServer;
let admin: Session;
let analysts: Session[];
let approvers: Session[];
/** Every status the server answered in this file: none may be 5xx. */
const statuses: number[] = [];

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

async function call(session: Session, method: string, path: string, body?: unknown): Promise<Answer> {
  const res = await fetch(`${session.url}${path}`, {
    method,
    headers: { cookie: session.cookie, origin: session.url, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  statuses.push(res.status);
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const obsPath = (year: number, code = CODE) => `/api/indicators/${code}/observations/${year}`;
const ratio = (version: number, numerator: number) => ({
  kind: 'ratio',
  version,
  numerator,
  denominator: 520_000,
  sourceId: 1,
  // Concurrent figures differ widely on purpose: the jump warning is acknowledged up front.
  acknowledgedWarnings: ['published-mismatch', 'jump'],
});

interface ObservationState {
  version: number;
  draft: { figure: { numerator?: number } } | null;
  published: { figure: { numerator?: number } } | null;
}
const state = (answer: Answer) => (answer.body.observation ?? answer.body.current ?? answer.body) as unknown as ObservationState;

beforeAll(async () => {
  server = await startServer({
    LOG_LEVEL: 'warn',
    KPI_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOGIN_RATE_PER_MINUTE: '100000',
    WRITE_RATE_PER_MINUTE: '100000',
  });
  admin = await signIn(server.url, 'admin', ADMIN_PASSWORD);
  // In parallel: password hashing runs on libuv's thread pool.
  analysts = await Promise.all(Array.from({ length: ANALYSTS }, (_, i) => createAccount(admin, `analyst-${i}`, 'analyst', PASSWORD)));
  approvers = await Promise.all(Array.from({ length: APPROVERS }, (_, i) => createAccount(admin, `approver-${i}`, 'approver', PASSWORD)));
});
afterAll(async () => {
  await server?.stop();
});

describe('concurrent writers', () => {
  it('the same figure at the same version: one winner per version, every other 409; state and audit agree', async () => {
    const accepted: { action: string; numerator: number; actor: string }[] = [];
    let version = state(await call(analysts[0]!, 'GET', obsPath(CONTESTED_YEAR))).version;

    for (let round = 0; round < ROUNDS; round++) {
      // Every analyst saves a different figure, all based on the same version, at once.
      const saves = await Promise.all(analysts.map((a, i) => call(a, 'PUT', obsPath(CONTESTED_YEAR), ratio(version, 100_000 + round * 1_000 + i))));
      const won = saves.flatMap((s, i) => (s.status === 200 ? [i] : []));
      expect(won, `round ${round}: one winner`).toHaveLength(1);
      expect(saves.filter((s) => s.status === 409)).toHaveLength(ANALYSTS - 1);
      const winner = won[0]!;
      const numerator = 100_000 + round * 1_000 + winner;
      expect(state(saves[winner]!).version).toBe(version + 1);
      // Every loser is shown the winner's figure, at the version after theirs.
      for (const lost of saves.filter((s) => s.status === 409)) {
        expect(lost.body.error).toMatchObject({ code: 'conflict' });
        expect(state(lost).version).toBe(version + 1);
        expect(state(lost).draft?.figure.numerator).toBe(numerator);
      }
      accepted.push({ action: 'observation.save-draft', numerator, actor: `analyst-${winner}` });
      version += 1;

      // Every approver publishes that draft at once: one wins, the others are stale.
      const publishes = await Promise.all(approvers.map((a) => call(a, 'POST', `${obsPath(CONTESTED_YEAR)}/publish`, { version })));
      const published = publishes.flatMap((p, i) => (p.status === 200 ? [i] : []));
      expect(published, `round ${round}: one publication`).toHaveLength(1);
      expect(publishes.filter((p) => p.status === 409)).toHaveLength(APPROVERS - 1);
      accepted.push({ action: 'observation.publish', numerator, actor: `approver-${published[0]}` });
      version += 1;
    }

    const final = state(await call(analysts[0]!, 'GET', obsPath(CONTESTED_YEAR)));
    expect(final.version).toBe(version);
    expect(final.draft).toBeNull();
    expect(final.published?.figure.numerator).toBe(accepted.at(-1)!.numerator);

    // The audit trail of this figure: exactly the accepted writes, in order, with their figures.
    const audit = await call(admin, 'GET', `/api/audit?indicator=${CODE}&limit=1000`);
    const entries = (audit.body.entries as { action: string; actor: string; entityKey: string; after: { numerator?: number } }[])
      .filter((e) => e.entityKey.startsWith(`${CODE}/${CONTESTED_YEAR}/`))
      .reverse();
    expect(entries.map((e) => ({ action: e.action, numerator: e.after.numerator, actor: e.actor }))).toEqual(accepted);
  });

  it('different figures at once, with an import writing in its worker thread meanwhile: every write lands', async () => {
    // The import: every value-kind indicator for 2002–2014, so its transaction holds the write lock a while.
    const indicators = (await call(admin, 'GET', '/api/indicators')).body.indicators as { code: string; kind: string }[];
    const valueCodes = indicators.filter((i) => i.kind === 'value').map((i) => i.code);
    const rows = valueCodes.flatMap((code) => Array.from({ length: 13 }, (_, k) => `${code},${2002 + k},${10 + k},1`));
    expect(rows.length).toBeGreaterThan(20);
    const form = new FormData();
    form.append('file', new Blob([`indicator_code,year,value,source_id\r\n${rows.join('\r\n')}\r\n`], { type: 'text/csv' }), 'concurrent.csv');
    const importer = analysts[ANALYSTS - 1]!;
    const startImport = fetch(`${server.url}/api/imports?acknowledge=published-mismatch,jump`, {
      method: 'POST',
      headers: { cookie: importer.cookie, origin: server.url },
      body: form,
    });

    // Meanwhile each analyst keeps saving a figure of its own year, each save at the version the
    // last one returned, until the import has finished (and at least twice).
    let importRunning = true;
    const direct = Promise.all(
      analysts.map(async (a, i) => {
        const year = FIRST_SEPARATE_YEAR + i;
        const saves: Answer[] = [];
        let version = 0;
        while (importRunning || saves.length < 2) {
          const answer = await call(a, 'PUT', obsPath(year), ratio(version, 200_000 + i * 1_000 + saves.length));
          saves.push(answer);
          if (answer.status !== 200) break;
          version = state(answer).version;
        }
        return { year, saves, version, numerator: 200_000 + i * 1_000 + saves.length - 1 };
      }),
    );
    const importAnswer = await startImport;
    statuses.push(importAnswer.status);
    let job = (await importAnswer.json()) as { id: string; status: string };
    expect(importAnswer.status, JSON.stringify(job)).toBe(202);
    const deadline = Date.now() + 30_000;
    while (job.status === 'running' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await call(importer, 'GET', `/api/imports/${job.id}`)).body as unknown as typeof job;
    }
    importRunning = false;
    expect(job).toMatchObject({ status: 'succeeded', counts: { new: rows.length } });
    const written = await direct;
    for (const { saves } of written) expect(saves.map((s) => s.status)).toEqual(saves.map(() => 200));
    // More than the minimum two saves each: the direct writes went on while the import ran.
    const saveCount = written.reduce((sum, w) => sum + w.saves.length, 0);
    expect(saveCount).toBeGreaterThan(ANALYSTS * 2);

    // Final state: each directly written figure holds its second save; the import's drafts are all there.
    for (const { year, version, numerator } of written) {
      expect(state(await call(admin, 'GET', obsPath(year)))).toMatchObject({ version, draft: { figure: { numerator } } });
    }
    const drafts = (await call(admin, 'GET', '/api/drafts')).body.drafts as { indicatorCode: string; year: number }[];
    const imported = drafts.filter((d) => valueCodes.includes(d.indicatorCode) && d.year >= 2002 && d.year <= 2014);
    expect(imported).toHaveLength(rows.length);
    const audit = (await call(admin, 'GET', `/api/audit?indicator=${CODE}&limit=1000`)).body.entries as { entityKey: string; actor: string }[];
    const separate = audit.filter((e) => Number(e.entityKey.split('/')[1]) < CONTESTED_YEAR && e.entityKey.startsWith(`${CODE}/`));
    expect(separate).toHaveLength(saveCount);
  });

  it('answered no request with a 5xx, and never reported the database busy', () => {
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(server.output()).not.toMatch(/SQLITE_BUSY|database is locked/);
  });
});
