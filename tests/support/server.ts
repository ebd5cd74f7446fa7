import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SERVER_MAIN = join(REPO_ROOT, 'server/dist/main.js');
export const WEB_DIST = join(REPO_ROOT, 'web/dist');

export interface RunningServer {
  url: string;
  databasePath: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function assertBuilt(): void {
  for (const path of [SERVER_MAIN, join(WEB_DIST, 'index.html')]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`pnpm build\` at the repository root first`);
  }
}

/** A port that was free a moment ago: the OS picks it, we release it for the server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not answer /api/health in ${timeoutMs / 1000} s:\n${output()}`);
}

/**
 * Starts the built server as users run it (node server/dist/main.js) on a free port with a
 * temporary database, and resolves once /api/health answers (whatever the log level).
 * `discardLog`: its stdout (the log) goes to /dev/null instead of `output()`, for benchmarks,
 * where keeping every access line would cost the load generator memory and CPU.
 */
export async function startServer(env: Record<string, string> = {}, { healthTimeoutMs = 20_000, discardLog = false } = {}): Promise<RunningServer> {
  assertBuilt();
  // A temporary folder only when the caller brings no database (restarts reuse theirs).
  const dir = env.DATABASE_PATH ? null : mkdtempSync(join(tmpdir(), 'kpi-e2e-'));
  const databasePath = env.DATABASE_PATH ?? join(dir!, 'kpi.sqlite');
  // The daily backup of a test database lands beside it, never among the repository's backups.
  const backupDir = dir ? { BACKUP_DIR: join(dir, 'backups') } : {};
  const port = env.PORT ?? String(await freePort());
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info', DATABASE_PATH: databasePath, WEB_DIST, ...backupDir, ...env, PORT: port },
    stdio: ['ignore', discardLog ? 'ignore' : 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => output, healthTimeoutMs);
  return {
    url,
    databasePath,
    process: child,
    output: () => output,
    stop(signal = 'SIGTERM') {
      return new Promise((resolve) => {
        const cleanup = (code: number | null) => {
          if (dir) rmSync(dir, { recursive: true, force: true });
          resolve(code);
        };
        if (child.exitCode !== null) return cleanup(child.exitCode);
        child.once('exit', cleanup);
        child.kill(signal);
      });
    },
  };
}
