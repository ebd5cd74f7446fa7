/**
 * Dry-run plans and import jobs in the API's shapes; import-fixture.test.ts parses them with the
 * shared schemas so they cannot drift from the contract.
 */
import type { FigureEntry, ImportJob, ImportPlan, ImportRow } from '@kpi/shared';

const ratioEntry: FigureEntry = { kind: 'ratio', version: 0, sourceId: 1, numerator: 154231, denominator: 519755, published: 29.71, acknowledgedWarnings: [] };

const PROVINCE = { code: 'lang-son', name: 'Lạng Sơn', kind: 'province' } as const;

export const rows = {
  /** `154.231` read as 154231: the reading is shown. */
  fresh: {
    row: 2,
    indicatorCode: 'bluezone-install-rate',
    year: 2020,
    orgUnit: PROVINCE,
    status: 'new',
    reason: null,
    fields: {},
    ambiguous: [],
    readings: [
      { column: 'numerator', text: '154.231', value: 154231, reading: 'thousands-dot' },
      { column: 'denominator', text: '519755', value: 519755, reading: 'integer' },
    ],
    warnings: [],
    version: 0,
    entry: { ...ratioEntry },
    current: null,
  },
  /** A commune's published rate that disagrees with numerator / denominator. */
  warned: {
    row: 3,
    indicatorCode: 'online-services-level4-rate',
    year: 2020,
    orgUnit: { code: 'tan-doan', name: 'Tân Đoàn', kind: 'commune' },
    status: 'changed',
    reason: null,
    fields: {},
    ambiguous: [],
    readings: [],
    warnings: [{ code: 'published-mismatch', field: 'published', params: { published: 29.71, computed: 29.67 } }],
    version: 2,
    entry: { ...ratioEntry, version: 2 },
    current: null,
  },
  /** `1.234` in a percent column: both readings, rejected. */
  rejected: {
    row: 4,
    indicatorCode: 'eid-authentication-rate',
    year: 2020,
    orgUnit: PROVINCE,
    status: 'rejected',
    reason: 'published: "1.234" could be 1.234 or 1234',
    fields: { published: '"1.234" could be 1.234 or 1234', denominator: 'Bắt buộc nhập.' },
    ambiguous: [
      {
        column: 'published',
        text: '1.234',
        readings: [
          { value: 1.234, reading: 'dot-decimal' },
          { value: 1234, reading: 'thousands-dot' },
        ],
      },
    ],
    readings: [],
    warnings: [],
    version: 0,
    entry: null,
    current: null,
  },
  skipped: {
    row: 5,
    indicatorCode: 'dti-rank',
    year: 2020,
    orgUnit: PROVINCE,
    status: 'skipped',
    reason: 'No figure to import',
    fields: {},
    ambiguous: [],
    readings: [],
    warnings: [],
    version: 0,
    entry: null,
    current: null,
  },
} satisfies Record<string, ImportRow>;

export function plan(planRows: ImportRow[]): ImportPlan {
  const counts = { total: planRows.length, new: 0, changed: 0, unchanged: 0, skipped: 0, rejected: 0 };
  for (const row of planRows) counts[row.status] += 1;
  const warningCodes = [...new Set(planRows.flatMap((row) => row.warnings.map((w) => w.code)))];
  return {
    fileName: 'so-lieu-2020.csv',
    sha256: 'ab'.repeat(32),
    format: 'csv',
    delimiter: ',',
    bom: true,
    columns: ['indicator_code', 'year', 'numerator', 'denominator', 'published'],
    ignoredColumns: [],
    counts,
    warningCodes,
    unacknowledged: warningCodes,
    canImport: counts.rejected === 0 && warningCodes.length === 0,
    basis: 'basis-of-the-dry-run',
    rows: planRows,
  };
}

export function job(status: ImportJob['status'], done: number, total: number): ImportJob {
  return {
    id: 'job-12345678',
    status,
    fileName: 'so-lieu-2020.csv',
    sha256: 'ab'.repeat(32),
    createdBy: 'lan',
    createdAt: '2021-03-02T02:30:00.000Z',
    finishedAt: status === 'running' ? null : '2021-03-02T02:30:01.000Z',
    progress: { done, total },
    counts: { total: 2, new: 1, changed: 1, unchanged: 0, skipped: 0, rejected: 0 },
    error: null,
  };
}
