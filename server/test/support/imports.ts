import { importJobSchema, importPlanSchema, type ImportJob, type ImportPlan } from '@kpi/shared';
import type { App } from '../../src/app.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import type { ImportTask } from '../../src/services/import/run.js';
import { multipartFile } from './import-app.js';

/** A CSV text from rows of cells: `;` or `,`, optionally with a UTF-8 byte-order mark. */
export function csv(rows: readonly (readonly (string | number)[])[], { delimiter = ',', bom = false } = {}): string {
  const quote = (cell: string | number) => {
    const text = String(cell);
    return text.includes(delimiter) || text.includes('"') ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return (bom ? '\uFEFF' : '') + rows.map((r) => r.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

export function postImport(app: App, cookie: string | undefined, fileName: string, content: Buffer | string, query = '') {
  const { payload, headers } = multipartFile(fileName, content);
  return app.inject({ method: 'POST', url: `/api/imports${query}`, payload, headers: { ...headers, ...(cookie ? { cookie } : {}) } });
}

export async function dryRun(app: App, cookie: string, fileName: string, content: Buffer | string, query = ''): Promise<ImportPlan> {
  const res = await postImport(app, cookie, fileName, content, `?dryRun=true${query}`);
  if (res.statusCode !== 200) throw new Error(`dry run: ${res.statusCode} ${res.body}`);
  return importPlanSchema.parse(res.json());
}

/** Polls the job until it is no longer running. */
export async function waitForJob(app: App, cookie: string, id: string): Promise<ImportJob> {
  for (let i = 0; i < 400; i++) {
    const res = await app.inject({ url: `/api/imports/${id}`, headers: { cookie } });
    const job = importJobSchema.parse(res.json());
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`import ${id} still running`);
}

/** A task for the import worker as the route builds it, on the database at `dbPath`, with the default limits. */
export function importTask(dbPath: string, content: string, overrides: Partial<ImportTask> = {}): ImportTask {
  const { importRows, zipEntries, zipUncompressedBytes, zipRatio } = DEFAULT_LIMITS;
  return {
    mode: 'run',
    dbPath,
    jobId: 'job-1',
    fileName: 'a.csv',
    sha256: '0'.repeat(64),
    bytes: Buffer.from(content),
    acknowledge: [],
    basis: null,
    actor: 'analyst',
    ownUnit: null,
    locale: 'en',
    limits: { importRows, zipEntries, zipUncompressedBytes, zipRatio },
    ...overrides,
  };
}
