import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { asyncStdout, drainLog, LOG_FLUSH_MS } from '../../src/plugins/log-destination.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('drainLog', () => {
  it('has every line written by the asynchronous destination once it resolves', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-log-'));
    const path = join(dir, 'server.log');
    // The server's writer, into a file that can be read back.
    const stream = asyncStdout(path);
    const log = pino({ base: null }, stream);
    const count = 20_000;
    for (let i = 0; i < count; i++) log.info({ i }, 'request');
    log.info('closed cleanly');

    await drainLog(stream);

    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(count + 1);
    expect(JSON.parse(lines[count - 1]!)).toMatchObject({ i: count - 1 });
    expect(JSON.parse(lines[count]!)).toMatchObject({ msg: 'closed cleanly' });
  });

  it("writes a quiet server's lines within the flush interval, without waiting for a full batch", async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-log-'));
    const path = join(dir, 'server.log');
    const stream = asyncStdout(path);
    const log = pino({ base: null }, stream);
    log.info('one line, far less than a batch');

    const deadline = Date.now() + LOG_FLUSH_MS + 2_000;
    let text = '';
    while (Date.now() < deadline && !text.includes('one line')) {
      await new Promise((r) => setTimeout(r, 50));
      text = readFileSync(path, 'utf8');
    }
    expect(text).toContain('one line, far less than a batch');
    await drainLog(stream);
  });
});
