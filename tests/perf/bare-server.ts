// The yardstick for the dashboard route: the same Fastify with no database, no plugins, no hooks.
//   /bare   a tiny JSON body (the bare route the throughput goal is set against)
//   /sized  a body of BARE_BODY_BYTES bytes with the headers the dashboard sends (its encoding,
//           cache-control, vary, etag): what the dashboard would cost with zero per-request work
//           of ours, since the body's size costs the load generator and the kernel as much as us.
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';

const size = Number(process.env.BARE_BODY_BYTES ?? 0);
const encoding = process.env.BARE_BODY_ENCODING || undefined;
// Compressed bodies look random; so do these bytes.
const body = randomBytes(size);

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ hello: 'world' }));
app.get('/sized', async (_request, reply) => {
  reply.header('content-type', 'application/json; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding');
  if (encoding) reply.header('content-encoding', encoding);
  return reply.header('etag', '"sized"').send(body);
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`Server listening at ${address}`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
