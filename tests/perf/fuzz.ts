/**
 * The route fuzz at scale: 10,000+ generated requests over real sockets against the built server
 * (its own process, temp database, web app served), from the same generators as the server's
 * `openapi-fuzz.test.ts`, imported by relative path from server/test/fuzz: test tooling, not a
 * package export (the server's workspace sources load through the `source` condition).
 * Prints the counts by route and status; exits 1 on any 5xx or answer outside the one error shape.
 *   pnpm --filter @kpi/tests bench:fuzz        (after `pnpm build`; FUZZ_CASES, FUZZ_SEED, FUZZ_CONCURRENCY)
 */
import fc from 'fast-check';
import {
  describeRequest,
  discoverKnownValues,
  httpTransport,
  nonApiRequests,
  operationsOf,
  requestsFor,
  runCase,
  Sessions,
  type FuzzRequest,
  type OpenApiDocument,
} from '../../server/test/fuzz/index.js';
import { createAccount, signIn } from '../support/kpi-api.js';
import { ADMIN_PASSWORD } from '../support/accounts.js';
import { startBenchServer } from './bench-server.js';

const CASES = Number(process.env.FUZZ_CASES ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 4);
const PASSWORD = 'fuzz-caller-password-1';

// Limits raised so every case reaches validation. The fuzz never provokes the overload 503.
const server = await startBenchServer({ LOG_LEVEL: 'fatal' }, { raiseLimits: true });
const transport = httpTransport(server.url, CONCURRENCY);
const counts = new Map<string, Map<number, number>>();
const problems: string[] = [];
const started = Date.now();

try {
  const bootstrap = await signIn(server.url, 'admin', ADMIN_PASSWORD);
  for (const role of ['viewer', 'analyst', 'approver', 'admin'] as const) await createAccount(bootstrap, `fz-${role}`, role, PASSWORD);
  const sessions = new Sessions(async (role) => (await signIn(server.url, `fz-${role}`, PASSWORD)).cookie);
  await sessions.signInAll();
  const known = await discoverKnownValues(transport, sessions.cookie('admin')!);
  const document = (await (await fetch(`${server.url}/docs/json`)).json()) as OpenApiDocument;
  const operations = operationsOf(document);
  const runsEach = Math.ceil(CASES / (operations.length + 1));
  const generators: fc.Arbitrary<FuzzRequest>[] = [...operations.map((o) => requestsFor(o, known)), nonApiRequests];

  for (const [i, generator] of generators.entries()) {
    const requests = fc.sample(generator, { seed: SEED + i, numRuns: runsEach });
    let next = 0;
    // A few requests in flight at once, as browsers and scripts send them.
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const request = requests[next++]!;
          const byStatus = counts.get(request.operation) ?? new Map<number, number>();
          counts.set(request.operation, byStatus);
          try {
            const { response, problem } = await runCase(request, transport, sessions);
            byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
            if (problem) problems.push(`${problem}\n    ${describeRequest(request)}`);
          } catch (err) {
            byStatus.set(0, (byStatus.get(0) ?? 0) + 1);
            problems.push(`no answer (${(err as Error).message})\n    ${describeRequest(request)}`);
          }
        }
      }),
    );
  }
} finally {
  transport.close();
  await server.stop();
}

const total = [...counts.values()].reduce((sum, m) => sum + [...m.values()].reduce((a, b) => a + b, 0), 0);
const byStatus = new Map<number, number>();
console.log(
  `\nRoute fuzz: ${total} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED}, ${CONCURRENCY} in flight, Node ${process.version})\n`,
);
for (const [operation, statuses] of counts) {
  const cells = [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => {
      byStatus.set(status, (byStatus.get(status) ?? 0) + n);
      return `${status || 'none'}×${n}`;
    });
  console.log(`${operation.padEnd(62)} ${cells.join('  ')}`);
}
console.log(
  `\nby status: ${[...byStatus]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s || 'no answer'}: ${n}`)
    .join(', ')}`,
);
const fiveXx = [...byStatus].filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0);
console.log(`5xx: ${fiveXx}; answers breaking the rule: ${problems.length}`);
for (const problem of problems.slice(0, 20)) console.log(`  - ${problem}`);
if (problems.length) process.exitCode = 1;
