import { randomBytes } from 'node:crypto';
import { importJobSchema } from '@kpi/shared';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importTestApp } from '../../support/import-app.js';
import { dryRun, postImport, waitForJob } from '../../support/imports.js';
import { signInAll } from '../../support/users.js';
import { zip } from '../../support/zip.js';

async function validXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('figures');
  sheet.addRow(['indicator_code', 'year', 'position', 'out_of', 'source_id']);
  sheet.addRow(['egov-rank', 2021, 20, 63, 1]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// Each import runs in the worker thread (under tsx in tests): allow for a slow machine.
describe('XLSX zips measured while inflating', { timeout: 60_000 }, () => {
  it('refuses a part that inflates far past what it declares, in the dry run and the real run, and keeps serving', async () => {
    const { app } = await importTestApp({ logger: { level: 'error' } });
    const { analyst } = await signInAll(app);
    // Declares 1 KB and inflates to 128 MB of zeros: under the ratio check's threshold, so only
    // counting while inflating catches it.
    const bomb = zip([
      { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(128 * 1024 * 1024), lie: { size: 1024 } },
    ]);
    const error = {
      code: 'unreadable-xlsx',
      message:
        'The XLSX part xl/worksheets/sheet1.xml unpacks to more than the 1024 bytes its zip directory declares: the file is damaged or forged, and is not read',
    };
    for (const query of ['?dryRun=true', '']) {
      const res = await postImport(app, analyst, 'bomb.xlsx', bomb, query);
      expect([res.statusCode, res.json()]).toEqual([400, { error }]);
    }

    expect((await app.inject('/api/health')).statusCode).toBe(200);
    const file = await validXlsx();
    expect((await dryRun(app, analyst, 'good.xlsx', file)).counts).toMatchObject({ new: 1, rejected: 0 });
    const run = await postImport(app, analyst, 'good.xlsx', file);
    expect(run.statusCode).toBe(202);
    expect(await waitForJob(app, analyst, importJobSchema.parse(run.json()).id)).toMatchObject({ status: 'succeeded', counts: { new: 1 } });
  });

  it('refuses honest sizes that together pass XLSX_MAX_UNCOMPRESSED_MB with 413, in the dry run and the real run', async () => {
    const { app } = await importTestApp({ limits: { zipUncompressedBytes: 1024 * 1024 }, logger: { level: 'error' } });
    const { analyst } = await signInAll(app);
    const parts = [1, 2, 3].map((i) => ({ name: `xl/media/image${i}.bin`, content: randomBytes(512 * 1024) }));
    for (const query of ['?dryRun=true', '']) {
      const res = await postImport(app, analyst, 'big.xlsx', zip(parts), query);
      expect([res.statusCode, res.json()]).toEqual([
        413,
        { error: { code: 'xlsx-too-large', message: 'The XLSX unpacks to more than 1 MB: split it into several files' } },
      ]);
    }
  });
});
