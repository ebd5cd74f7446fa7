import { rankingColumnLabels, rankingColumns, type Locale } from '@kpi/shared';
import type { Table } from '../spreadsheet/cells.js';

/**
 * The empty table an approver fills from the Ministry's published one: the headers people read in
 * `locale` above the machine names, which the import reads either of (read-table.ts).
 */
export function rankTemplate(locale: Locale): Table {
  return { sheetName: 'ranks', columns: rankingColumns.map((name) => ({ name, label: rankingColumnLabels[locale][name] })), rows: [] };
}
