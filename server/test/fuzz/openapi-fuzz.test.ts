/**
 * Every path and method of the OpenAPI document, fuzzed with malformed and random input as
 * anonymous and as each role: never a 5xx, every 4xx in the one error shape with a message.
 * Fixed seed, ≈2,000 cases; tests/perf/fuzz.ts runs 10,000+ over real sockets.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzApp, shortReport } from './fuzz-app.js';
import { operationsOf, type OpenApiDocument } from './operations.js';
import { nonApiRequests, requestsFor, type FuzzRequest } from './requests.js';
import { runCase } from './runner.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const TOTAL_CASES = 2_000;

const fuzz = await fuzzApp();
afterAll(() => fuzz.close());
await fuzz.app.ready();
const operations = operationsOf(fuzz.app.swagger() as OpenApiDocument);
const runsEach = Math.ceil(TOTAL_CASES / (operations.length + 1));
/** Statuses per operation, to show each was reached past sign-in and the cross-site guard. */
const statuses = new Map<string, number[]>();

async function check(request: FuzzRequest): Promise<void> {
  const { response, problem } = await runCase(request, fuzz.transport, fuzz.sessions);
  statuses.set(request.operation, [...(statuses.get(request.operation) ?? []), response.status]);
  if (problem) throw new Error(problem);
}

describe('fuzzing every route of the OpenAPI document', () => {
  it('finds the routes in the document', () => {
    expect(operations.length).toBeGreaterThan(30);
    expect(operations.map((o) => o.name)).toContain('PUT /api/indicators/{code}/observations/{year}');
  });

  operations.forEach((operation, i) => {
    it(operation.name, async () => {
      await fc.assert(fc.asyncProperty(requestsFor(operation, fuzz.known), check), { seed: SEED + i, numRuns: runsEach, asyncReporter: shortReport });
    });
  });

  it('paths outside the API (web app, assets, docs, traversal)', async () => {
    await fc.assert(fc.asyncProperty(nonApiRequests, check), { seed: SEED - 1, numRuns: runsEach, asyncReporter: shortReport });
  });

  it('reached every operation past sign-in, roles and the cross-site guard', () => {
    for (const operation of operations) {
      const reached = (statuses.get(operation.name) ?? []).filter((s) => ![401, 403, 429].includes(s));
      expect(reached.length, operation.name).toBeGreaterThan(0);
    }
  });
});
