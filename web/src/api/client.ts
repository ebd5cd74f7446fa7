import { errorBodySchema, type Locale } from '@kpi/shared';

/** Anything with a zod-like `parse`: the shared schemas, without the web depending on zod itself. */
export interface Schema<T> {
  parse(data: unknown): T;
}

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

async function readBody<T>(response: Response, schema: Schema<T> | null): Promise<T> {
  // 204 (sign-out, password changes) has no body at all.
  const body = response.status === 204 ? null : await readJson(response);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error;
      throw new ApiError(response.status, code, message, fields, body);
    }
    throw new ApiError(response.status, `http-${response.status}`, response.statusText || 'HTTP error', undefined, body);
  }
  if (schema === null) return undefined as T;
  try {
    return schema.parse(body);
  } catch (error) {
    throw new ApiError(response.status, 'invalid-response', error instanceof Error ? error.message : 'Invalid response');
  }
}

/** GET a JSON body from the API and check it against the shared schema. */
export async function apiGet<T>(path: string, schema: Schema<T>, signal?: AbortSignal): Promise<T> {
  const response = await request(path, { headers: { accept: 'application/json' }, signal });
  return readBody(response, schema);
}

export type SendMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface SendOptions<T> {
  /** The shared schema of the success body; `null` for answers without one (204). */
  schema: Schema<T> | null;
  /** The UI language: the server words its validation messages in it. */
  locale: Locale;
}

/** Send a JSON body (POST, PUT…) and check the answer against the shared schema. */
export async function apiSend<T>(method: SendMethod, path: string, body: unknown, { schema, locale }: SendOptions<T>): Promise<T> {
  const response = await request(path, {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json', 'accept-language': locale },
    body: JSON.stringify(body ?? {}),
  });
  return readBody(response, schema);
}

/**
 * POST one file as multipart field `file` (imports). No content-type header: the browser writes
 * the multipart boundary itself.
 */
export async function apiUpload<T>(path: string, file: File, { schema, locale }: SendOptions<T>): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await request(path, { method: 'POST', headers: { accept: 'application/json', 'accept-language': locale }, body: form });
  return readBody(response, schema);
}

/** The server's field messages, or an empty record: `fields` of a 400 shown beside the inputs. */
export function errorFields(error: unknown): Record<string, string> {
  return error instanceof ApiError && error.fields ? error.fields : {};
}
