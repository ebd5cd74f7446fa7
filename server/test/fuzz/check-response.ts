import { errorBodySchema } from '@kpi/shared';
import type { FuzzRequest } from './requests.js';

export interface FuzzResponse {
  status: number;
  contentType: string | undefined;
  body: string;
}

/** What a file outside the app would look like if a traversal ever reached it. */
const LEAKED_FILE = /root:x:0:0|\[fonts\]|\[boot loader\]/;
/** A stack trace or a source path in a body: our faults must say nothing about the inside. */
const LEAKED_INTERNALS = /node_modules|\bat [\w.<>]+ \(|\/src\/[\w/-]+\.ts\b/;

/**
 * The one rule for every answer: never 5xx, every 4xx in the one error shape with a message,
 * nothing from outside the app's files, no internals. Null when the answer is fine.
 */
export function problemWith(request: FuzzRequest, response: FuzzResponse): string | null {
  if (response.status >= 500) return `answered ${response.status}: ${response.body.slice(0, 300)}`;
  if (LEAKED_FILE.test(response.body)) return `served a file from outside the app (${response.status})`;
  if (response.status >= 400 && request.method !== 'HEAD') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      return `${response.status} is not JSON: ${JSON.stringify(response.body.slice(0, 200))}`;
    }
    const shape = errorBodySchema.safeParse(parsed);
    if (!shape.success) return `${response.status} is not the error shape: ${response.body.slice(0, 300)}`;
    if (!shape.data.error.message.trim()) return `${response.status} has an empty message`;
    if (!shape.data.error.code.trim()) return `${response.status} has an empty code`;
    if (LEAKED_INTERNALS.test(response.body)) return `${response.status} leaks internals: ${response.body.slice(0, 300)}`;
  }
  return null;
}

/** A short description of a request for failure reports (bodies and long URLs cut). */
export function describeRequest(request: FuzzRequest): string {
  const body = request.body ? ` body(${request.body.length} B): ${JSON.stringify(request.body.toString('utf8').slice(0, 200))}` : '';
  const headers = Object.entries(request.headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
  return `${request.method} ${request.url.slice(0, 300)} as ${request.caller}, origin ${request.origin}${headers ? ` [${headers}]` : ''}${body}`;
}
