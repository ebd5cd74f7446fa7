import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
const body = randomBytes(1168);
const sec = { 'content-security-policy': "default-src 'none';frame-ancestors 'none'", 'cross-origin-resource-policy': 'same-origin', 'referrer-policy': 'no-referrer', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' };
const app = Fastify({ logger: false });
app.get('/sized', async (_r, reply) => reply.header('content-type', 'application/json; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding').header('content-encoding', 'br').header('etag', '"sized"').send(body));
app.get('/sec', async (_r, reply) => reply.headers(sec).header('content-type', 'application/json; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding').header('content-encoding', 'br').header('etag', '"sized"').send(body));
const address = await app.listen({ port: 3903, host: '127.0.0.1' });
console.log(`Server listening at ${address}`);
