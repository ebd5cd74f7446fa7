// What bench:api and bench:scale share: a bare Fastify to measure against, cores pinned so client
// and server never share one, and one autocannon run with the server's CPU per request.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export interface BareServer {
  url: string;
  pid: number | undefined;
  stop: () => void;
}

/** bare-server.ts in its own process; `/sized` sends a body of `bytes` in `encoding`. */
export async function startBare(body: { bytes: number; encoding: string | undefined }): Promise<BareServer> {
  const script = fileURLToPath(new URL('./bare-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, BARE_BODY_BYTES: String(body.bytes), BARE_BODY_ENCODING: body.encoding ?? '' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      const m = /listening at (\S+)/.exec(d.toString());
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`bare server exited ${code}`)));
  });
  return { url, pid: child.pid, stop: () => child.kill('SIGTERM') };
}

/**
 * Where `taskset` exists and there are two cores or more: each server on CPU 0, this process (the
 * load generator) on the others, so client and server never take each other's core and each server
 * is measured on the same single core (Node serves from one thread). Returns what it did, to print.
 */
export function pinCores(serverPids: (number | undefined)[]): string {
  const cores = availableParallelism();
  if (cores < 2 || process.env.BENCH_PIN === '0') return 'not pinned';
  try {
    // -a: every thread of the process (V8's and libuv's helpers too).
    for (const pid of serverPids) execFileSync('taskset', ['-a', '-c', '-p', '0', String(pid)], { stdio: 'ignore' });
    execFileSync('taskset', ['-a', '-c', '-p', `1-${cores - 1}`, String(process.pid)], { stdio: 'ignore' });
    return `servers on CPU 0, autocannon on CPU 1${cores > 2 ? `-${cores - 1}` : ''}`;
  } catch {
    return 'not pinned (no taskset)';
  }
}

/** CPU seconds (user + system) a process has used so far; null where /proc is missing. */
export function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** A process's resident memory in MB (VmRSS); null where /proc is missing. */
export function residentMb(pid: number | undefined): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

export interface Sample {
  reqPerSec: number;
  p99: number;
  errors: number;
  bytesPerReq: number;
  serverUsPerReq: number | null;
  clientUsPerReq: number;
}

export interface LoadOptions {
  connections: number;
  duration: number;
  headers: Record<string, string>;
}

export async function measureOnce(url: string, pid: number | undefined, { connections, duration, headers }: LoadOptions): Promise<Sample> {
  const server0 = cpuSeconds(pid);
  const client0 = process.cpuUsage();
  const r = await autocannon({ url, connections, duration, headers });
  const client = process.cpuUsage(client0);
  const server1 = cpuSeconds(pid);
  const n = Math.max(1, r.requests.total);
  return {
    reqPerSec: r.requests.average,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
    bytesPerReq: r.throughput.total / n,
    serverUsPerReq: server0 === null || server1 === null ? null : ((server1 - server0) * 1e6) / n,
    clientUsPerReq: (client.user + client.system) / n,
  };
}

/**
 * How much of its one core a server spent on a sample's load (req/s × CPU per request); null where
 * /proc is missing. Under 1, the load generator, not the server, set the rate.
 */
export const coreShare = (sample: Sample): number | null => (sample.serverUsPerReq === null ? null : (sample.reqPerSec * sample.serverUsPerReq) / 1e6);

/** The median share of its core a server kept busy over samples, for a table ('–' without /proc). */
export function coreBusy(samples: Sample[]): string {
  const shares = samples.map(coreShare);
  return shares.includes(null) ? '–' : `${Math.round(100 * median(shares as number[]))} %`;
}

/**
 * A round counts towards a ratio to the bare route only where both servers were busy at least this
 * share of their core: on a 2-core machine autocannon alone sometimes cannot keep a server busy, and
 * a ratio from such a round says how fast the load generator was (docs/benchmarks.md).
 */
export const SATURATED = 0.9;

/** Each round's req/s against the bare route's, over the rounds where both servers were saturated. */
export function saturatedRatios(bare: Sample[], other: Sample[]): number[] {
  const busy = (sample: Sample) => (coreShare(sample) ?? 1) >= SATURATED;
  return other.flatMap((sample, round) => (busy(sample) && busy(bare[round]!) ? [sample.reqPerSec / bare[round]!.reqPerSec] : []));
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
