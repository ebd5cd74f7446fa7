import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, openDb, seedDatabase, type Db } from '@kpi/db';
import { afterEach } from 'vitest';
import { buildApp, type App, type AppOptions } from '../../src/app.js';

const opened: { app: App; db: Db; dir: string }[] = [];
afterEach(async () => {
  for (const { app, db, dir } of opened.splice(0)) {
    await app.close();
    closeDb(db);
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * An app on a seeded database in a temp FILE: the import worker opens its own connection,
 * which an in-memory database cannot share.
 */
export async function importTestApp(options: Omit<AppOptions, 'db'> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-import-'));
  const db = openDb(join(dir, 'kpi.sqlite'));
  seedDatabase(db);
  const app = await buildApp({ db, ...options });
  opened.push({ app, db, dir });
  return { app, db };
}

/** A multipart/form-data body with one file, as a browser sends it. */
export function multipartFile(fileName: string, content: Buffer | string, contentType = 'application/octet-stream') {
  const boundary = `----kpi${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  const body = Buffer.concat([head, typeof content === 'string' ? Buffer.from(content, 'utf8') : content, tail]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A multipart/form-data body with a text field and no file: a form sent before a file was chosen. */
export function multipartWithoutFile() {
  const boundary = `----kpi${Math.random().toString(16).slice(2)}`;
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nno file chosen\r\n--${boundary}--\r\n`;
  return { payload: Buffer.from(body, 'utf8'), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
