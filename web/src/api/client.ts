import { errorBodySchema } from '@kpi/shared';

/** Anything with a zod-like `parse`: the shared schemas, without the web depending on zod itself. */
export interface Schema<T> {
  parse(data: unknown): T;
}

/**
 * The one error the API layer throws. `code` is the server's (`not-found`, `validation`…), or
 * `network` when no answer came, `http-<status>` when the body was not the error shape, and
 * `invalid-response` when a success body did not match the contract.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string> | undefined;

  constructor(status: number, code: string, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** GET a JSON body from the API and check it against the shared schema. */
export async function apiGet<T>(path: string, schema: Schema<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  const body = await readJson(response);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error;
      throw new ApiError(response.status, code, message, fields);
    }
    throw new ApiError(response.status, `http-${response.status}`, response.statusText || 'HTTP error');
  }
  try {
    return schema.parse(body);
  } catch (error) {
    throw new ApiError(response.status, 'invalid-response', error instanceof Error ? error.message : 'Invalid response');
  }
}
