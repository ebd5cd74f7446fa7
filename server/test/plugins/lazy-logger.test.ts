import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { lazyChildLogger } from '../../src/plugins/lazy-logger.js';

function appLoggingTo(lines: Record<string, unknown>[], level: string) {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const app = Fastify({ logger: { level, stream }, childLoggerFactory: lazyChildLogger });
  app.get('/quiet', async () => ({ ok: true }));
  app.get('/warns', async (request) => {
    request.log.info('not at warn');
    request.log.warn({ detail: 1 }, 'a warning');
    request.log.child({ part: 'inner' }).error('from a child');
    return { level: request.log.level };
  });
  return app;
}

describe('lazy request loggers', () => {
  it('write lines with the request id at the configured level, and drop the others', async () => {
    const lines: Record<string, unknown>[] = [];
    const app = appLoggingTo(lines, 'warn');
    expect((await app.inject('/quiet')).statusCode).toBe(200);
    expect(lines).toEqual([]);
    const res = await app.inject('/warns');
    expect(res.json()).toEqual({ level: 'warn' });
    expect(lines.map((l) => l.msg)).toEqual(['a warning', 'from a child']);
    expect(lines[0]).toMatchObject({ level: 40, detail: 1, reqId: expect.any(String) });
    expect(lines[1]).toMatchObject({ level: 50, part: 'inner', reqId: lines[0]!.reqId });
  });

  it('keep Fastify’s request logging at info', async () => {
    const lines: Record<string, unknown>[] = [];
    const app = appLoggingTo(lines, 'info');
    await app.inject('/quiet');
    expect(lines.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    expect(lines[0]!.reqId).toBe(lines[1]!.reqId);
  });
});
