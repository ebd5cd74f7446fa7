import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * While the server closes (SIGTERM), answers still in flight carry `Connection: close`, so the
 * client's keep-alive socket ends with them. Without it, `app.close()` would wait for each such
 * socket's keep-alive timeout (72 s) after its last answer: Node closes only the sockets idle at
 * the moment close began.
 */
export const gracefulClosePlugin = fp(async (app: FastifyInstance) => {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  // A callback hook: it runs on every answer, and an async one would cost each a promise.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
});
