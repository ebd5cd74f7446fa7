import { Writable } from 'node:stream';
import { logOptions } from '../../src/plugins/log-options.js';
import { testApp } from './app.js';

export type LogLine = Record<string, unknown> & { msg?: string };

/**
 * A fresh test app (see testApp) logging with main.ts's logger options at `level`: its lines
 * parsed as they are written, and the raw text (for what must never appear in it at all).
 */
export async function loggedTestApp(level: string, options: Omit<Parameters<typeof testApp>[0] & object, 'logger'> = {}) {
  const lines: LogLine[] = [];
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const written = chunk.toString();
      text += written;
      for (const line of written.split('\n')) if (line) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const { app, db } = await testApp({ ...options, logger: logOptions(level, stream) });
  return { app, db, lines, text: () => text };
}
