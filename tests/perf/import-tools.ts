// What the benchmarks that import share: a CSV of distinct figures on the scale database's
// indicators, units and years, an upload, and an import followed to its end.
import { entryWarningCodes, importJobSchema, unitExistedIn, type OrgUnit } from '@kpi/shared';
import type { Session } from '../support/kpi-api.js';

const COLUMNS = ['indicator_code', 'year', 'org_unit', 'numerator', 'denominator', 'value', 'source_id', 'note'];

/** The first year the import takes: the app's figures start with the 2020 report, its history with 2000. */
const FIRST_YEAR = 2000;

/**
 * `rows` distinct figures (indicator × unit × year, no two rows the same figure) on scale-data.ts's
 * indicators (`codes`: even ones ratios, odd ones counts), for the units in the years each existed,
 * as the import requires (the communes from 2025, the former districts and communes up to 2025),
 * up to this year. Each is changed with `round` and names it in its note, so every row is planned
 * and written as a draft.
 */
export function distinctFiguresCsv(
  codes: readonly string[],
  units: readonly Pick<OrgUnit, 'code' | 'validFrom' | 'validTo'>[],
  rows: number,
  round: number,
): string {
  const lastYear = new Date().getFullYear();
  const lines = [COLUMNS.join(',')];
  outer: for (const [c, code] of codes.entries()) {
    for (const [u, unit] of units.entries()) {
      for (let year = FIRST_YEAR; year <= lastYear; year++) {
        if (!unitExistedIn(unit, year)) continue;
        if (lines.length > rows) break outer;
        const n = 100 + ((c * 11 + u * 7 + year + round) % 800);
        const cells =
          c % 2 === 0 ? [code, year, unit.code, n, 1000, '', 1, `round ${round}`] : [code, year, unit.code, '', '', n * 10 + round, 1, `round ${round}`];
        lines.push(cells.join(','));
      }
    }
  }
  if (lines.length - 1 < rows) throw new Error(`${codes.length} indicators give ${lines.length - 1} distinct figures, fewer than ${rows}`);
  return `${lines.join('\r\n')}\r\n`;
}

/** How many distinct figures one indicator can take: its units in the years each existed, 2000 to this year. */
export function figuresPerIndicator(units: readonly Pick<OrgUnit, 'validFrom' | 'validTo'>[]): number {
  let count = 0;
  for (let year = FIRST_YEAR; year <= new Date().getFullYear(); year++) count += units.filter((u) => unitExistedIn(u, year)).length;
  return count;
}

/** Uploads a CSV to the figures import, every warning acknowledged (generated figures jump from year to year). */
export function uploadCsv(session: Session, csv: string, name: string, { dryRun = false } = {}): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), name);
  const query = `acknowledge=${entryWarningCodes.join(',')}${dryRun ? '&dryRun=true' : ''}`;
  return fetch(`${session.url}/api/imports?${query}`, { method: 'POST', headers: { cookie: session.cookie }, body: form });
}

/**
 * Starts an import and follows it to its end: `accepted` resolves with the ms to the 202 (upload,
 * read, plan, stage), `done` with the ms to the commit; `phase()` says where it is right now.
 */
export function followImport(session: Session, csv: string, name: string) {
  let phase = 'before 202: read, plan, stage';
  const started = performance.now();
  let markAccepted: (ms: number) => void = () => undefined;
  const accepted = new Promise<number>((resolve) => (markAccepted = resolve));
  const done = (async () => {
    const res = await uploadCsv(session, csv, name);
    if (res.status !== 202) throw new Error(`import: ${res.status} ${await res.text()}`);
    markAccepted(performance.now() - started);
    const jobId = importJobSchema.parse(await res.json()).id;
    for (;;) {
      const job = importJobSchema.parse(await (await fetch(`${session.url}/api/imports/${jobId}`, { headers: { cookie: session.cookie } })).json());
      if (job.status === 'failed') throw new Error(`import failed: ${JSON.stringify(job.error)}`);
      if (job.status === 'succeeded') {
        phase = 'committed';
        return performance.now() - started;
      }
      phase = `writing drafts ${job.progress.done}/${job.progress.total}`;
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return { done, accepted, phase: () => phase };
}
