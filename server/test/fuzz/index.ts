/**
 * The API fuzz (issue 6): request generators built from the OpenAPI document, the one rule every
 * answer must keep, and the transports. Test code only: excluded from the server's build, reached
 * by tests/perf through the `source` export condition (`@kpi/server/fuzz`).
 */
export { describeRequest, problemWith, type FuzzResponse } from './check-response.js';
export { operationsOf, type OpenApiDocument, type Operation } from './operations.js';
export { CALLERS, nonApiRequests, requestsFor, type Caller, type FuzzRequest, type KnownValues } from './requests.js';
export { discoverKnownValues, runCase, Sessions, type CaseResult, type Transport } from './runner.js';
export { httpTransport, injectTransport } from './transports.js';
