import { describe, expect, it } from 'vitest';
import {
  catalogueFileSchema,
  CatalogueSheetError,
  catalogueToSheets,
  sheetsToCatalogue,
  type CatalogueFile,
  type CatalogueSheetRows,
  type CatalogueTable,
} from '../src/index.js';
import { newDefinition } from './factories.js';

const file: CatalogueFile = catalogueFileSchema.parse({
  format: 'kpi-catalogue',
  formatVersion: 1,
  groups: [{ code: 'telecoms', name: { vi: 'Viễn thông, Internet', en: 'Telecoms and Internet' }, order: 50 }],
  indicators: [
    newDefinition({
      definition: { vi: 'Số xã có wifi / tổng số xã', en: 'Communes with Wi-Fi / all communes' },
      replacedBy: { code: 'wifi-index', fromYear: 2026 },
      retiredFrom: 2027,
      dataSource: 'Sở KH&CN',
    }),
    newDefinition({
      code: 'egov-rank',
      kind: 'rank',
      direction: 'down',
      unit: 'position',
      decimals: 0,
      aggregation: 'none',
      name: { vi: 'Xếp hạng', en: 'Rank' },
    }),
  ],
  sources: [
    {
      key: 'S1',
      number: '17/NQ-CP',
      title: 'Nghị quyết 17',
      issuer: 'Chính phủ',
      publisher: null,
      date: '2019-03-07',
      kind: 'resolution',
      url: null,
      note: '- ghi chú',
      noteEn: null,
    },
  ],
  targets: [
    {
      indicator: 'public-wifi-communes-rate',
      year: 2025,
      value: 72.5,
      comparator: 'gte',
      outOf: null,
      source: 'S1',
      locator: 'Mục II',
      note: null,
      noteEn: null,
    },
    { indicator: 'egov-rank', year: 2025, value: 10, comparator: 'lte', outOf: 63, source: 'S1', locator: null, note: null, noteEn: 'top ten' },
  ],
});

/** A written table read back as a workbook holds it: labels on row 1, machine names on row 2. */
const asRead = (tables: CatalogueTable[]): CatalogueSheetRows[] =>
  tables.map((t) => ({
    sheet: t.sheet,
    rows: [
      { row: 1, cells: t.columns.map((c) => c.label) },
      { row: 2, cells: t.columns.map((c) => c.name) },
      ...t.rows.map((cells, i) => ({ row: i + 3, cells })),
    ],
  }));

describe('the catalogue as sheets', () => {
  it('writes a sheet per part, headed in Vietnamese by default and in English', () => {
    const vi = catalogueToSheets(file, 'vi');
    expect(vi.map((t) => t.sheet)).toEqual(['indicators', 'targets', 'sources', 'groups']);
    expect(vi[3]!.rows).toEqual([['telecoms', 'Viễn thông, Internet', 'Telecoms and Internet', 50]]);
    expect(catalogueToSheets(file, 'en')[3]!.columns.map((c) => c.label)).toEqual(['Group code', 'Group name (Vietnamese)', 'Group name (English)', 'Order']);
    expect(vi[0]!.columns.slice(0, 3).map((c) => [c.name, c.label])).toEqual([
      ['code', 'Mã chỉ tiêu'],
      ['name_vi', 'Tên chỉ tiêu'],
      ['name_en', 'Tên chỉ tiêu (tiếng Anh)'],
    ]);
    const en = catalogueToSheets(file, 'en');
    expect(en[1]!.columns.map((c) => c.label)).toContain('Document key');
    // The machine names and the values do not depend on the language.
    expect(en.map((t) => t.columns.map((c) => c.name))).toEqual(vi.map((t) => t.columns.map((c) => c.name)));
    expect(en[1]!.rows).toEqual(vi[1]!.rows);
    expect(vi[1]!.rows[1]).toEqual(['egov-rank', 2025, 10, 'lte', 63, null, 'S1', null, null, 'top ten']);
  });

  it.each(['vi', 'en'] as const)('reads back the same file from its %s sheets', (locale) => {
    const read = sheetsToCatalogue(asRead(catalogueToSheets(file, locale)));
    expect(read.rows).toEqual([]);
    expect(read.file).toEqual({ ...file, exportedAt: undefined });
  });

  it('reads a header of labels alone, in either language, and numbers typed as text', () => {
    const [indicators, targets, sources] = catalogueToSheets(file, 'en');
    const labelsOnly = (t: CatalogueTable, header: string[]): CatalogueSheetRows => ({
      sheet: t.sheet,
      rows: [{ row: 1, cells: header }, ...t.rows.map((cells, i) => ({ row: i + 2, cells: cells.map((c) => (typeof c === 'number' ? String(c) : c)) }))],
    });
    const vi = catalogueToSheets(file, 'vi');
    const read = sheetsToCatalogue([
      labelsOnly(
        indicators!,
        vi[0]!.columns.map((c) => c.label),
      ),
      labelsOnly(
        targets!,
        targets!.columns.map((c) => c.label),
      ),
      labelsOnly(
        sources!,
        sources!.columns.map((c) => c.label.toUpperCase()),
      ),
    ]);
    expect(read.rows).toEqual([]);
    expect(read.file.targets).toEqual(file.targets);
  });

  it('names each malformed row by sheet, row and column, with why, and keeps the rest', () => {
    const sheets = asRead(catalogueToSheets(file, 'vi'));
    const [indicators, targets, sources] = sheets as [CatalogueSheetRows, CatalogueSheetRows, CatalogueSheetRows];
    const cells = (s: CatalogueSheetRows, row: number) => s.rows.find((r) => r.row === row)!.cells;
    cells(indicators, 3)[2] = null; // name_en blank
    cells(indicators, 4)[7] = 'hai'; // decimals not a number
    cells(targets, 3)[3] = 'more-than'; // comparator
    cells(sources, 3)[0] = 'S9'; // the only document's key changes: both targets cite a missing one
    const read = sheetsToCatalogue(sheets);
    expect(read.rows).toEqual([
      { sheet: 'indicators', row: 3, column: 'name_en', reason: 'required' },
      { sheet: 'indicators', row: 4, column: 'decimals', reason: 'number-required' },
      { sheet: 'targets', row: 3, column: 'comparator', reason: 'invalid' },
      { sheet: 'targets', row: 4, column: 'source_key', reason: 'unknown-source' },
    ]);
    expect(read.file.indicators).toEqual([]);
    expect(read.file.sources.map((s) => s.key)).toEqual(['S9']);
  });

  it('names a repeated code and a rule of the definition by their columns', () => {
    const sheets = asRead(catalogueToSheets(file, 'en'));
    const indicators = sheets[0]!;
    indicators.rows.push({ row: 5, cells: [...indicators.rows[2]!.cells] });
    indicators.rows[3]!.cells[6] = 'percent'; // a rank in percent
    const read = sheetsToCatalogue(sheets);
    expect(read.rows).toEqual([
      { sheet: 'indicators', row: 4, column: 'unit', reason: 'unit-for-kind' },
      { sheet: 'indicators', row: 5, column: 'code', reason: 'duplicate' },
    ]);
    expect(read.file.indicators.map((d) => d.code)).toEqual(['public-wifi-communes-rate']);
  });

  it('refuses a workbook without the indicators sheet, or without its key column', () => {
    expect(() => sheetsToCatalogue([])).toThrow(new CatalogueSheetError('indicators', 'sheet-missing'));
    expect(() => sheetsToCatalogue([{ sheet: 'indicators', rows: [{ row: 1, cells: ['name_vi', 'name_en'] }] }])).toThrow(
      new CatalogueSheetError('indicators.code', 'column-missing'),
    );
  });
});
