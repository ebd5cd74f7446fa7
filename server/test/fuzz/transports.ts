import http from 'node:http';
import type { FuzzResponse } from './check-response.js';
import type { Transport } from './runner.js';

interface Injectable {
  inject(options: {
    method: string;
    url: string;
    headers: Record<string, string>;
    payload?: Buffer;
  }): PromiseLike<{ statusCode: number; headers: Record<string, unknown>; body: string }>;
}

/** Requests through `app.inject`: no socket, as the server's own tests run. */
export function injectTransport(app: Injectable): Transport {
  return {
    // light-my-request's Host is `localhost:80`; the app compares Origin with it.
    origin: 'http://localhost:80',
    async send(method, url, headers, body) {
      const res = await app.inject({ method, url, headers, ...(body ? { payload: body } : {}) });
      return { status: res.statusCode, contentType: res.headers['content-type'] as string | undefined, body: res.body };
    },
  };
}

/**
 * Requests over real sockets (node:http, keep-alive): the path goes out exactly as generated,
 * `../` and bad escapes included, which fetch would normalise away.
 */
export function httpTransport(baseUrl: string, maxSockets = 8): Transport & { close(): void } {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const { hostname, port } = new URL(baseUrl);
  return {
    origin: baseUrl,
    close: () => agent.destroy(),
    send(method, url, headers, body) {
      return new Promise<FuzzResponse>((resolve, reject) => {
        const req = http.request(
          { host: hostname, port, method, path: url, agent, headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], body: Buffer.concat(chunks).toString('utf8') }),
            );
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    },
  };
}
