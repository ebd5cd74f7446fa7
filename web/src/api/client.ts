import type { ErrorBody, Locale } from '@kpi/shared';

/*
 * Answers are typed by the shared contract and not parsed again here: the server builds them from
 * the same zod schemas (its API tests parse every route's answer with them), and leaving zod out of
 * the browser's first load is what lets the overview draw its cards fast on a phone (Lighthouse,
 * docs/benchmarks.md). What can still go wrong between the two — a proxy's HTML page, a body cut
 * short — is checked: a success must be a JSON object, an error must have the error shape.
 */

/**
 * The one error the API layer throws. `code` is the server's (`not-found`, `validation`…), or
 * `network` when no answer came, `http-<status>` when the body was not the error shape, and
 * `invalid-response` when a success body did not match the contract. `body` is the whole answer,
 * for what a 409 (`current`) or a 422 (`warnings`) carries beside `error`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string> | undefined;
  readonly body: unknown;

  constructor(status: number, code: string, message: string, fields?: Record<string, string>, body?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.body = body;
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

async function request(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isErrorBody(body: unknown): body is ErrorBody {
  if (!isObject(body) || !isObject(body.error)) return false;
  const { code, message, fields } = body.error;
  return typeof code === 'string' && typeof message === 'string' && (fields === undefined || isObject(fields));
}

async function readBody<T>(response: Response): Promise<T> {
  // 204 (sign-out, password changes) has no body at all.
  if (response.status === 204) return undefined as T;
  const body = await readJson(response);
  if (!response.ok) {
    if (isErrorBody(body)) {
      const { code, message, fields } = body.error;
      throw new ApiError(response.status, code, message, fields, body);
    }
    throw new ApiError(response.status, `http-${response.status}`, response.statusText || 'HTTP error', undefined, body);
  }
  if (!isObject(body)) throw new ApiError(response.status, 'invalid-response', 'The answer was not a JSON object');
  return body as T;
}

/**
 * GET a JSON body from the API, typed by the shared contract (`apiGet<Dashboard>(…)`). An error's
 * field messages come in the page's language (`<html lang>`, which the language switch and the
 * server's render keep): query functions run outside the components that know the locale, and
 * the browser's own Accept-Language is its user's, not the app's.
 */
export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await request(path, { headers: { accept: 'application/json', 'accept-language': document.documentElement.lang }, signal });
  return readBody<T>(response);
}

export type SendMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface SendOptions {
  /** The UI language: the server words its validation messages in it. */
  locale: Locale;
}

/** Send a JSON body (POST, PUT…); the answer is typed by the shared contract (`void` for a 204). */
export async function apiSend<T>(method: SendMethod, path: string, body: unknown, { locale }: SendOptions): Promise<T> {
  const response = await request(path, {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json', 'accept-language': locale },
    body: JSON.stringify(body ?? {}),
  });
  return readBody<T>(response);
}

/**
 * POST one file as multipart field `file` (imports). No content-type header: the browser writes
 * the multipart boundary itself.
 */
export async function apiUpload<T>(path: string, file: File, { locale }: SendOptions): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await request(path, { method: 'POST', headers: { accept: 'application/json', 'accept-language': locale }, body: form });
  return readBody<T>(response);
}

/** When a 429 says to try again (`retryAt` beside `error`, an ISO instant), or null when it does not say. */
export function retryAtOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 429 || !isObject(error.body)) return null;
  const { retryAt } = error.body;
  return typeof retryAt === 'string' && !Number.isNaN(Date.parse(retryAt)) ? retryAt : null;
}

/** The server's field messages, or an empty record: `fields` of a 400 shown beside the inputs. */
export function errorFields(error: unknown): Record<string, string> {
  return error instanceof ApiError && error.fields ? error.fields : {};
}
