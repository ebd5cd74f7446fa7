import type { Locale } from './schemas/common.js';
import { spreadsheetColumnLabels } from './spreadsheet-columns.js';

/**
 * The catalogue file (schemas/catalogue-file.ts) as a workbook: one sheet per part, one row per
 * entry, one column per field. Sheet and column names are the machine names an import reads; the
 * headers people read, in either language, sit above them. No zod here, so the web can name a
 * refused row's column without loading the schemas.
 */
export interface CatalogueColumn {
  /** The machine name, written beneath the header people read. */
  name: string;
  /** Where the value sits in the part's entry: `['name', 'vi']`. */
  path: readonly string[];
  type: 'text' | 'number' | 'date';
  /** A blank cell is refused as `required` before the entry is checked. */
  required?: true;
  /** A blank cell leaves the field out (its schema's default applies) instead of null. */
  blankOmits?: true;
}

const col = (name: string, path: string | readonly string[], type: CatalogueColumn['type'] = 'text', more: Partial<CatalogueColumn> = {}): CatalogueColumn => ({
  name,
  path: typeof path === 'string' ? [path] : path,
  type,
  ...more,
});
const required = { required: true } as const;

/**
 * The sheets in the order they are written; the first column of each is the key that finds its
 * header row. A part the file gains later is one more entry here, its labels below and its
 * entry's schema in catalogue-sheets.ts.
 */
export const catalogueSheets = [
  {
    sheet: 'indicators',
    part: 'indicators',
    columns: [
      col('code', 'code', 'text', required),
      col('name_vi', ['name', 'vi'], 'text', required),
      col('name_en', ['name', 'en'], 'text', required),
      col('group', 'group', 'text', required),
      col('kind', 'kind', 'text', required),
      col('direction', 'direction', 'text', required),
      col('unit', 'unit', 'text', required),
      col('decimals', 'decimals', 'number', required),
      col('scope', 'scope', 'text', { blankOmits: true }),
      col('aggregation', 'aggregation', 'text', { blankOmits: true }),
      col('definition_vi', ['definition', 'vi']),
      col('definition_en', ['definition', 'en']),
      col('method_note_vi', ['methodNote', 'vi']),
      col('method_note_en', ['methodNote', 'en']),
      col('data_source', 'dataSource'),
      col('responsible_unit', 'responsibleUnit'),
      col('replaced_by', ['replacedBy', 'code']),
      col('replaced_from', ['replacedBy', 'fromYear'], 'number'),
      col('continues', 'continues'),
      col('retired_from', 'retiredFrom', 'number'),
    ],
  },
  {
    sheet: 'targets',
    part: 'targets',
    columns: [
      col('indicator_code', 'indicator', 'text', required),
      col('year', 'year', 'number', required),
      col('value', 'value', 'number', required),
      col('comparator', 'comparator', 'text', required),
      col('out_of', 'outOf', 'number'),
      // A rank target's reading (position or share); blank for other kinds.
      col('rank_reading', 'reading', 'text', { blankOmits: true }),
      col('source_key', 'source', 'text', required),
      col('locator', 'locator'),
      col('note', 'note'),
      col('note_en', 'noteEn'),
    ],
  },
  {
    sheet: 'sources',
    part: 'sources',
    columns: [
      col('source_key', 'key', 'text', required),
      col('source_number', 'number'),
      col('source_title', 'title', 'text', required),
      col('issuer', 'issuer'),
      col('publisher', 'publisher'),
      col('date', 'date', 'date'),
      col('source_kind', 'kind', 'text', required),
      col('url', 'url'),
      col('note', 'note'),
      col('note_en', 'noteEn'),
    ],
  },
  {
    // Last, so older workbooks keep their sheets' places; an import writes groups first whatever the order.
    sheet: 'groups',
    part: 'groups',
    columns: [
      col('group_code', 'code', 'text', required),
      col('group_name_vi', ['name', 'vi'], 'text', required),
      col('group_name_en', ['name', 'en'], 'text', required),
      col('order', 'order', 'number', required),
    ],
  },
] as const satisfies readonly { sheet: string; part: string; columns: readonly CatalogueColumn[] }[];

export type CatalogueSheetName = (typeof catalogueSheets)[number]['sheet'];

/** Headers of the columns the figures' spreadsheets do not already name (spreadsheet-columns.ts). */
const ownLabels = {
  vi: {
    group_code: 'Mã nhóm',
    group_name_vi: 'Tên nhóm',
    group_name_en: 'Tên nhóm (tiếng Anh)',
    order: 'Thứ tự',
    code: 'Mã chỉ tiêu',
    name_vi: 'Tên chỉ tiêu',
    name_en: 'Tên chỉ tiêu (tiếng Anh)',
    group: 'Nhóm',
    kind: 'Loại chỉ tiêu',
    direction: 'Chiều đánh giá',
    unit: 'Đơn vị tính',
    decimals: 'Số chữ số thập phân',
    scope: 'Phạm vi',
    aggregation: 'Cách tổng hợp từ xã, phường',
    definition_vi: 'Định nghĩa',
    definition_en: 'Định nghĩa (tiếng Anh)',
    method_note_vi: 'Phương pháp tính',
    method_note_en: 'Phương pháp tính (tiếng Anh)',
    data_source: 'Nguồn số liệu',
    responsible_unit: 'Đơn vị chịu trách nhiệm',
    replaced_by: 'Được thay bằng chỉ tiêu',
    replaced_from: 'Thay từ năm',
    continues: 'Nối tiếp chuỗi số liệu của',
    retired_from: 'Thôi theo dõi từ năm',
    comparator: 'So sánh',
    rank_reading: 'Cách đọc mục tiêu xếp hạng',
    value: 'Mục tiêu',
    source_key: 'Khóa văn bản',
    source_kind: 'Loại văn bản',
    url: 'Địa chỉ web',
  },
  en: {
    group_code: 'Group code',
    group_name_vi: 'Group name (Vietnamese)',
    group_name_en: 'Group name (English)',
    order: 'Order',
    code: 'Indicator code',
    name_vi: 'Name (Vietnamese)',
    name_en: 'Name (English)',
    group: 'Group',
    kind: 'Kind of indicator',
    direction: 'Direction',
    unit: 'Unit of measure',
    decimals: 'Decimal places',
    scope: 'Scope',
    aggregation: 'Made from communes by',
    definition_vi: 'Definition (Vietnamese)',
    definition_en: 'Definition (English)',
    method_note_vi: 'Method (Vietnamese)',
    method_note_en: 'Method (English)',
    data_source: 'Data source',
    responsible_unit: 'Responsible unit',
    replaced_by: 'Replaced by indicator',
    replaced_from: 'Replaced from year',
    continues: 'Continues the series of',
    retired_from: 'Retired from year',
    comparator: 'Comparator',
    rank_reading: 'Rank target read as',
    value: 'Target',
    source_key: 'Document key',
    source_kind: 'Kind of document',
    url: 'Web address',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** A catalogue column's header in `locale`; a name that is no known column is returned as it is. */
export function catalogueColumnLabel(column: string, locale: Locale): string {
  const own: Record<string, string> = ownLabels[locale];
  const figures: Record<string, string> = spreadsheetColumnLabels[locale];
  return own[column] ?? figures[column] ?? column;
}
