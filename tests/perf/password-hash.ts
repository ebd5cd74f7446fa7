/**
 * What one password hash costs at the server's scrypt parameters (OWASP's N=2^17, r=8, p=1) and at
 * the former N=2^15: CPU time (all threads of this process) and wall time per hash, as medians of
 * HASH_RUNS (5) hashes one after the other. Every sign-in verifies one; a sign-in with an old hash
 * makes a second. CPU time is the steadier figure on a shared machine.
 *   pnpm --filter @kpi/tests bench:passwords
 */
import { scrypt } from 'node:crypto';

const RUNS = Number(process.env.HASH_RUNS ?? 5);
const COSTS = [
  { name: 'former (N=2^15, r=8, p=1)', N: 2 ** 15, r: 8, p: 1 },
  { name: 'OWASP (N=2^17, r=8, p=1)', N: 2 ** 17, r: 8, p: 1 },
];

function hashOnce({ N, r, p }: { N: number; r: number; p: number }): Promise<void> {
  const maxmem = 128 * N * r * p + 1024 * 1024;
  return new Promise((resolve, reject) => scrypt('correct horse battery', Buffer.alloc(16), 32, { N, r, p, maxmem }, (err) => (err ? reject(err) : resolve())));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const cost of COSTS) {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    await hashOnce(cost);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    wall.push(performance.now() - start);
  }
  console.log(
    `${cost.name}: CPU ${median(cpu).toFixed(0)} ms, wall ${median(wall).toFixed(0)} ms per hash (median of ${RUNS}; CPU ${cpu.map((v) => v.toFixed(0)).join(', ')})`,
  );
}
