import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FigureEntry } from '@kpi/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { observationState, publishDraft, returnDraft, saveDraft } from '../src/observation-writes.js';
import { closeDb, openDb, type Db } from '../src/open-db.js';
import { listSources } from '../src/queries.js';
import { seedDatabase } from '../src/seed/index.js';
import { getSourceFile, putSourceFile, type StoredFile } from '../src/source-files.js';
import { insertSource } from '../src/source-writes.js';
import { saveTarget } from '../src/target-writes.js';

const file = (sha: string): StoredFile => ({
  name: 'bao-cao.pdf',
  mediaType: 'application/pdf',
  size: 5,
  sha256: sha.repeat(64),
  content: Buffer.from('%PDF-'),
});
const entry = (sourceId: number, version: number, value = 40): FigureEntry => ({ kind: 'value', value, version, sourceId, acknowledgedWarnings: [] });
const KEY = { code: 'eid-authentication-rate', year: 2021 };

function seeded(path = ':memory:'): Db {
  const db = openDb(path);
  seedDatabase(db);
  return db;
}

/** A new source with a draft citing it, by `analyst`. */
function draftOnlySource(db: Db) {
  const source = insertSource(db, { number: '25/BC-STTTT', title: 'Báo cáo', issuer: null, date: null, kind: 'report', url: null, note: null }, 'analyst');
  const saved = saveDraft(db, KEY, entry(source.id, 0), 'analyst');
  if (!saved.ok) throw new Error(saved.reason);
  return { id: source.id, version: saved.state.version };
}

describe('a source’s document', () => {
  it('may be attached and replaced while only drafts cite the source, and is fixed once a published figure does', () => {
    const db = seeded();
    const { id, version } = draftOnlySource(db);
    expect(putSourceFile(db, id, file('a'), 'analyst')).toEqual({ ok: true, replaced: false });
    expect(putSourceFile(db, id, file('b'), 'analyst')).toEqual({ ok: true, replaced: true });
    expect(publishDraft(db, KEY, version, 'approver').ok).toBe(true);
    expect(putSourceFile(db, id, file('c'), 'analyst')).toEqual({ ok: false, reason: 'cited' });
    expect(getSourceFile(db, id)).toMatchObject({ sha256: 'b'.repeat(64), cited: true });
  });

  it('stays fixed after a correction cites another source: the figure was published with it', () => {
    const db = seeded();
    const first = draftOnlySource(db);
    publishDraft(db, KEY, first.version, 'approver');
    const other = insertSource(db, { number: null, title: 'Đính chính', issuer: null, date: null, kind: 'report', url: null, note: null }, 'analyst');
    const correction = saveDraft(db, KEY, entry(other.id, first.version + 1, 41), 'analyst');
    if (!correction.ok) throw new Error(correction.reason);
    expect(publishDraft(db, KEY, correction.state.version, 'approver').ok).toBe(true);
    expect(observationState(db, KEY)?.history.map((r) => r.state)).toEqual(['published', 'superseded']);
    expect(putSourceFile(db, first.id, file('a'), 'analyst')).toEqual({ ok: false, reason: 'cited' });
  });

  it('is fixed once a target cites the source (targets are public from the start), and not for a returned draft', () => {
    const db = seeded();
    const returned = draftOnlySource(db);
    expect(returnDraft(db, KEY, returned.version, 'approver', 'thiếu trang').ok).toBe(true);
    expect(putSourceFile(db, returned.id, file('a'), 'analyst')).toEqual({ ok: true, replaced: false });
    const saved = saveTarget(db, 'ecommerce-retail-share', 2040, { revision: 0, value: 12, comparator: 'gte', sourceId: returned.id }, 'approver');
    expect(saved.ok).toBe(true);
    expect(putSourceFile(db, returned.id, file('b'), 'analyst')).toEqual({ ok: false, reason: 'cited' });
  });

  it('refuses an unknown source', () => {
    expect(putSourceFile(seeded(), 999, file('a'), 'analyst')).toEqual({ ok: false, reason: 'unknown-source' });
  });
});

describe('the source lists', () => {
  it('leave out a source only drafts cite unless drafts are asked for, and say which sources are cited', () => {
    const db = seeded();
    const { id, version } = draftOnlySource(db);
    expect(listSources(db).map((s) => s.id)).not.toContain(id);
    expect(listSources(db, { all: true }).find((s) => s.id === id)).toMatchObject({ id, cited: false });
    publishDraft(db, KEY, version, 'approver');
    expect(listSources(db).find((s) => s.id === id)).toMatchObject({ id, cited: true });
  });

  it('list publicly the seeded sources a seeded figure or target cites; the plans the report only names wait for a citation', () => {
    const db = seeded();
    const uncited = listSources(db, { all: true }).filter((s) => !s.cited);
    expect(uncited.map((s) => s.number ?? s.title)).toEqual([
      '106/KH-UBND',
      expect.stringMatching(/^Kế hoạch thực hiện Chương trình chuyển đổi số quốc gia/),
      expect.stringMatching(/^Đề án Chính quyền điện tử/),
    ]);
    expect(listSources(db).length).toBe(listSources(db, { all: true }).length - 3);
    expect(listSources(db).every((s) => s.cited)).toBe(true);
  });
});

describe('the check and the write share one transaction', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /**
   * Another connection publishes the draft and holds its transaction open a moment after this one
   * is told to go. Had the upload checked before taking the write lock, it would have read the
   * draft as unpublished and then written over evidence once the publish committed.
   */
  it('an upload racing a publish waits for it and is refused', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-evidence-'));
    const path = join(dir, 'kpi.sqlite');
    const db = seeded(path);
    const { id } = draftOnlySource(db);
    const draftId = observationState(db, KEY)!.draft!.id;
    const go = new Int32Array(new SharedArrayBuffer(4));
    const publisher = new Worker(
      `
      const { parentPort, workerData } = require('node:worker_threads');
      const Database = require(workerData.driver);
      const db = new Database(workerData.path);
      db.exec('BEGIN IMMEDIATE');
      db.prepare("update observation_revisions set state = 'published', reviewed_by = 'approver', reviewed_at = ? where id = ?").run(new Date().toISOString(), workerData.draftId);
      parentPort.postMessage('holding the write lock');
      Atomics.wait(workerData.go, 0, 0, 10000);
      // Long enough for the upload to be waiting on the lock.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
      db.exec('COMMIT');
      db.close();
      `,
      { eval: true, workerData: { path, draftId, go, driver: createRequire(import.meta.url).resolve('better-sqlite3') } },
    );
    const exited = new Promise((resolve, reject) => publisher.once('exit', resolve).once('error', reject));
    await new Promise((resolve, reject) => publisher.once('message', resolve).once('error', reject));
    Atomics.store(go, 0, 1);
    Atomics.notify(go, 0);
    // Blocks (busy timeout 5 s) until the publisher commits.
    const result = putSourceFile(db, id, file('a'), 'analyst');
    await exited;
    expect(result).toEqual({ ok: false, reason: 'cited' });
    expect(getSourceFile(db, id)).toBeUndefined();
    closeDb(db);
  });
});
