/**
 * The API fuzz: request generators built from the OpenAPI document, the one rule every answer
 * must keep, and the transports. Test tooling, outside src/ and so never built or exported:
 * tests/perf/fuzz.ts imports it by relative path.
 */
export { describeRequest, problemWith, type FuzzResponse } from './check-response.js';
export { operationsOf, type OpenApiDocument, type Operation } from './operations.js';
export { CALLERS, nonApiRequests, requestsFor, type Caller, type FuzzRequest, type KnownValues } from './requests.js';
export { discoverKnownValues, runCase, Sessions, type CaseResult, type Transport } from './runner.js';
export { httpTransport, injectTransport } from './transports.js';
