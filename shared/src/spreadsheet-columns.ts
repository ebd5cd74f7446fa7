import type { Locale } from './schemas/common.js';
import type { ImportColumn } from './schemas/import.js';

/** The export's read-only columns and the sources sheet's, besides the import's own. */
type SheetColumn = ImportColumn | 'unit' | 'org_unit_name' | 'rate' | 'source_title' | 'issuer' | 'publisher' | 'date';

/**
 * The spreadsheets' column headers as analysts read them. A file's first row carries these, its
 * second row the machine names (the contract the import reads), so a header in either language,
 * or the machine names alone, reads as the same column.
 */
export const spreadsheetColumnLabels = {
  vi: {
    indicator_code: 'Mã chỉ tiêu',
    indicator_name: 'Tên chỉ tiêu',
    kind: 'Loại số liệu',
    unit: 'Đơn vị',
    org_unit: 'Đơn vị hành chính',
    org_unit_name: 'Tên đơn vị hành chính',
    year: 'Năm',
    numerator: 'Tử số',
    denominator: 'Mẫu số',
    rate: 'Tỷ lệ (tính)',
    basis: 'Căn cứ số liệu',
    value: 'Giá trị',
    position: 'Thứ hạng',
    out_of: 'Trên tổng số',
    published: 'Tỷ lệ công bố (%)',
    published_text: 'Số liệu như nguồn ghi',
    as_of: 'Số liệu tính đến ngày',
    source_id: 'Mã văn bản nguồn',
    source_number: 'Số hiệu văn bản',
    source_title: 'Tên văn bản',
    locator: 'Vị trí trong văn bản',
    note: 'Ghi chú',
    note_en: 'Ghi chú (tiếng Anh)',
    milestone_state: 'Trạng thái nhiệm vụ',
    milestone_date: 'Ngày hoàn thành',
    issuer: 'Cơ quan ban hành',
    publisher: 'Nơi đăng tải',
    date: 'Ngày ban hành',
  },
  en: {
    indicator_code: 'Indicator code',
    indicator_name: 'Indicator name',
    kind: 'Kind of figure',
    unit: 'Unit',
    org_unit: 'Administrative unit',
    org_unit_name: 'Administrative unit name',
    year: 'Year',
    numerator: 'Numerator',
    denominator: 'Denominator',
    rate: 'Rate (computed)',
    basis: 'Basis of the figure',
    value: 'Value',
    position: 'Rank',
    out_of: 'Out of',
    published: 'Published rate (%)',
    published_text: 'Figure as the source states it',
    as_of: 'Figure as of',
    source_id: 'Source document id',
    source_number: 'Document number',
    source_title: 'Document title',
    locator: 'Place in the document',
    note: 'Note (Vietnamese)',
    note_en: 'Note (English)',
    milestone_state: 'Task state',
    milestone_date: 'Completion date',
    issuer: 'Issued by',
    publisher: 'Published in',
    date: 'Date issued',
  },
} as const satisfies Record<Locale, Record<SheetColumn, string>>;

/** A column's header in `locale`; a name that is no known column is returned as it is. */
export function spreadsheetColumnLabel(column: string, locale: Locale): string {
  const labels: Record<string, string> = spreadsheetColumnLabels[locale];
  return labels[column] ?? column;
}
