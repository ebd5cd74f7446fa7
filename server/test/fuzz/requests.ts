import fc from 'fast-check';
import {
  acceptHeaders,
  acceptLanguages,
  contentTypes,
  hostileQuery,
  hostileScalar,
  hostileSegment,
  hostileValue,
  malformedBodyText,
  rawNumberLiteral,
} from './hostile-values.js';
import { multipartBodies } from './multipart-bodies.js';
import type { Operation } from './operations.js';
import { propertyNames, validValue, type JsonSchema } from './schema-values.js';

export const CALLERS = ['anonymous', 'viewer', 'analyst', 'approver', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * What the request says about where it comes from: no Origin (curl, scripts), the app's own
 * origin, another site, or nonsense. Writes from another site must be refused with a 4xx.
 */
export type OriginKind = 'none' | 'same' | 'cross' | 'null' | 'sec-fetch-cross' | 'malformed';

/** A generated request, independent of how it is sent (inject or a real socket). */
export interface FuzzRequest {
  operation: string;
  method: string;
  /** Path and query as they go on the wire (ASCII, percent-encoded where generated). */
  url: string;
  caller: Caller;
  origin: OriginKind;
  headers: Record<string, string>;
  body?: Buffer;
}

/** Real values per path-parameter name (indicator codes, years, ids), so requests reach real rows. */
export type KnownValues = Record<string, readonly (string | number)[]>;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MAX_QUERY_VALUE = 4000;

/** Percent-encodes any value; lone surrogates (which encodeURIComponent refuses) become U+FFFD. */
export function encodeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD').slice(0, MAX_QUERY_VALUE));
}

function segment(name: string, schema: JsonSchema, known: KnownValues): fc.Arbitrary<string> {
  const real = known[name] ?? [];
  return fc.oneof(
    { arbitrary: real.length ? fc.constantFrom(...real).map(encodeValue) : validValue(schema).map(encodeValue), weight: 3 },
    { arbitrary: validValue(schema).map(encodeValue), weight: 2 },
    { arbitrary: hostileSegment, weight: 2 },
    { arbitrary: hostileScalar.map(encodeValue), weight: 1 },
  );
}

function queryString(operation: Operation): fc.Arbitrary<string> {
  const declared = Object.entries(operation.query).map(([name, schema]) =>
    fc.option(
      fc.oneof({ arbitrary: validValue(schema), weight: 3 }, { arbitrary: hostileScalar, weight: 2 }).map((v) => `${name}=${encodeValue(v === null ? '' : v)}`),
      { freq: 2 },
    ),
  );
  const extra = fc.option(
    fc.tuple(fc.constantFrom('x', 'year', 'include', 'token', 'lang'), hostileScalar).map(([k, v]) => `${k}=${encodeValue(v)}`),
    { freq: 4 },
  );
  const raw = fc.option(hostileQuery, { freq: 6 });
  return fc.tuple(fc.tuple(...declared), extra, raw).map(([params, e, r]) => [...params, e, r].filter((p): p is string => p !== null).join('&'));
}

/** Fields of a generated object replaced, some of the time, by real values of the same name (`sourceId`, `code`). */
function withKnownFields(value: unknown, known: KnownValues, bits: number): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = { ...value };
  Object.keys(copy).forEach((key, i) => {
    const real = known[key];
    if (real?.length && (bits >> i) & 1) copy[key] = real[(bits >> 8) % real.length];
  });
  return copy;
}

/** JSON text for a body schema: valid, or valid with one field broken, dropped or added, or not an object. */
function jsonBodyText(schema: JsonSchema, known: KnownValues): fc.Arbitrary<string> {
  const valid = fc.tuple(validValue(schema), fc.nat()).map(([v, bits]) => withKnownFields(v, known, bits));
  const keys = propertyNames(schema);
  const pickKey = (obj: unknown, n: number) => {
    const own = obj && typeof obj === 'object' ? Object.keys(obj) : [];
    const all = [...new Set([...own, ...keys])];
    return all.length ? all[n % all.length]! : 'x';
  };
  const withKey = (obj: unknown, key: string, value: unknown) => ({ ...(obj && typeof obj === 'object' ? obj : {}), [key]: value });
  const brokenField = fc.tuple(valid, fc.nat(), hostileValue).map(([obj, n, v]) => JSON.stringify(withKey(obj, pickKey(obj, n), v)));
  const droppedField = fc.tuple(valid, fc.nat()).map(([obj, n]) => {
    const copy: Record<string, unknown> = { ...(obj as object) };
    delete copy[pickKey(obj, n)];
    return JSON.stringify(copy);
  });
  const extraField = fc
    .tuple(valid, fc.constantFrom('extra', 'role', 'isAdmin', 'id', 'createdBy', '__proto__'), hostileValue)
    .map(([obj, k, v]) => JSON.stringify(withKey(obj, k, v)));
  // A number literal JavaScript cannot hold: spliced into the text after stringifying.
  const rawNumber = fc
    .tuple(valid, fc.nat(), rawNumberLiteral)
    .map(([obj, n, literal]) => JSON.stringify(withKey(obj, pickKey(obj, n), '__RAW__')).replace('"__RAW__"', literal));
  return fc.oneof(
    { arbitrary: valid.map((v) => JSON.stringify(v)), weight: 4 },
    { arbitrary: brokenField, weight: 3 },
    { arbitrary: droppedField, weight: 1 },
    { arbitrary: extraField, weight: 1 },
    { arbitrary: rawNumber, weight: 1 },
    { arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? 'null'), weight: 1 },
  );
}

interface Body {
  contentType: string | undefined;
  body: Buffer | undefined;
}

const noBody = fc.constant<Body>({ contentType: undefined, body: undefined });
const malformed = fc.tuple(contentTypes, malformedBodyText).map(([contentType, text]): Body => ({ contentType, body: Buffer.from(text, 'utf8') }));
const multipart = multipartBodies.map(({ contentType, body }): Body => ({ contentType, body }));
const jsonContentType = fc.oneof({ arbitrary: fc.constant<string | undefined>('application/json'), weight: 5 }, { arbitrary: contentTypes, weight: 2 });

function bodyFor(operation: Operation, known: KnownValues): fc.Arbitrary<Body> {
  if (operation.body) {
    const json = fc
      .tuple(jsonContentType, jsonBodyText(operation.body, known))
      .map(([contentType, text]): Body => ({ contentType, body: Buffer.from(text, 'utf8') }));
    return fc.oneof({ arbitrary: json, weight: 8 }, { arbitrary: malformed, weight: 2 }, { arbitrary: multipart, weight: 1 }, { arbitrary: noBody, weight: 1 });
  }
  if (operation.method === 'GET') return fc.oneof({ arbitrary: noBody, weight: 8 }, { arbitrary: malformed, weight: 1 });
  // Writes without a JSON body: file uploads (multipart) and sign-out.
  const json = hostileValue.map((v): Body => ({ contentType: 'application/json', body: Buffer.from(JSON.stringify(v) ?? 'null', 'utf8') }));
  return fc.oneof({ arbitrary: multipart, weight: 5 }, { arbitrary: malformed, weight: 1 }, { arbitrary: json, weight: 1 }, { arbitrary: noBody, weight: 1 });
}

const origins = fc.constantFrom<OriginKind>('same', 'same', 'same', 'none', 'none', 'cross', 'null', 'sec-fetch-cross', 'malformed');
const otherMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];

/** Requests for one operation, from every caller, mostly with its own method. */
export function requestsFor(operation: Operation, known: KnownValues): fc.Arbitrary<FuzzRequest> {
  const params = Object.entries(operation.pathParams);
  const path = fc
    .tuple(...params.map(([name, schema]) => segment(name, schema, known)))
    .map((values) => params.reduce((p, [name], i) => p.replace(`{${name}}`, values[i]!), operation.path));
  const method = fc.oneof({ arbitrary: fc.constant(operation.method), weight: 19 }, { arbitrary: fc.constantFrom(...otherMethods), weight: 1 });
  return fc
    .record({
      method,
      path,
      query: queryString(operation),
      caller: fc.constantFrom(...CALLERS),
      origin: origins,
      body: bodyFor(operation, known),
      accept: acceptHeaders,
      acceptLanguage: acceptLanguages,
      ifNoneMatch: fc.option(fc.constantFrom('*', '"abc"', 'W/"1"', 'garbage'), { freq: 8 }),
    })
    .map(({ method, path, query, caller, origin, body, accept, acceptLanguage, ifNoneMatch }) => {
      const headers: Record<string, string> = {};
      if (body.contentType !== undefined && body.body !== undefined) headers['content-type'] = body.contentType;
      if (accept !== undefined) headers.accept = accept;
      if (acceptLanguage !== undefined) headers['accept-language'] = acceptLanguage;
      if (ifNoneMatch !== null) headers['if-none-match'] = ifNoneMatch;
      return { operation: operation.name, method, url: query ? `${path}?${query}` : path, caller, origin, headers, ...(body.body ? { body: body.body } : {}) };
    });
}

/** Paths outside the API: the web app, its assets and the docs, with traversal attempts. */
export const nonApiRequests: fc.Arbitrary<FuzzRequest> = fc
  .record({
    prefix: fc.constantFrom('/', '/assets/', '/docs/', '/docs/static/', '/screen/', '/api/', '/api/indicators/'),
    segment: fc.oneof(
      hostileSegment,
      fc.constantFrom('index.html', 'favicon.ico', 'x.js', 'overview', '%2e%2e/%2e%2e/etc/passwd', '..%252f..%252fetc%252fpasswd', '//etc/passwd'),
    ),
    method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'),
    caller: fc.constantFrom(...CALLERS),
  })
  .map(({ prefix, segment, method, caller }) => ({
    operation: `${method} (outside the API)`,
    method,
    url: prefix + segment,
    caller,
    origin: 'none' as const,
    headers: {},
  }));
