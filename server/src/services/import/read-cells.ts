import {
  figureBases,
  figureBasisNames,
  importMessage,
  locales,
  parseDateText,
  parseNumberCell,
  parseNumberText,
  type CellReading,
  type FigureBasis,
  type ImportColumn,
  type ImportRow,
  type Locale,
  type MilestoneState,
  type NumberColumn,
  type Source,
} from '@kpi/shared';
import { unneutralise } from '../spreadsheet/cells.js';
import { isBlank, type RawCell, type RawRow } from './sheet.js';

/**
 * Reads the cells of one row into typed values, collecting what went wrong by column. Each
 * function returns undefined for an empty cell, null (with a message recorded) for a bad one.
 */
export class CellReader {
  readonly fields: Record<string, string> = {};
  readonly readings: CellReading[] = [];
  readonly ambiguous: ImportRow['ambiguous'] = [];

  constructor(
    private readonly raw: RawRow,
    readonly locale: Locale,
  ) {}

  cell(column: ImportColumn): RawCell | undefined {
    const cell = this.raw.cells[column];
    return isBlank(cell) ? undefined : cell;
  }

  fail(column: string, message: string): null {
    this.fields[column] ??= message;
    return null;
  }

  text(column: ImportColumn): string | undefined {
    const cell = this.cell(column);
    if (!cell) return undefined;
    if (cell.t === 'text') return unneutralise(cell.text);
    return cell.t === 'date' ? cell.iso : String(cell.value);
  }

  number(column: ImportColumn, meaning: NumberColumn): number | null | undefined {
    const cell = this.cell(column);
    if (!cell) return undefined;
    if (cell.t === 'date') return this.fail(column, importMessage('date-in-number', this.locale));
    const text = cell.t === 'text' ? cell.text : String(cell.value);
    const result = cell.t === 'text' ? parseNumberText(cell.text, meaning) : parseNumberCell(cell.value, cell.percentFormat, meaning);
    if (result.ok) {
      this.readings.push({ column, text, value: result.value, reading: result.reading, ...(result.note ? { note: result.note } : {}) });
      return result.value;
    }
    if (result.reason === 'ambiguous') {
      this.ambiguous.push({ column, text, readings: result.readings });
      const [a, b] = result.readings.map((r) => String(r.value));
      return this.fail(column, importMessage('ambiguous', this.locale, { text, a: a ?? '', b: b ?? '' }));
    }
    if (cell.t === 'number' && !Number.isFinite(cell.value)) return this.fail(column, importMessage('not-finite', this.locale));
    return this.fail(column, importMessage(result.reason === 'integer-required' ? 'not-whole-number' : 'not-a-number', this.locale, { text }));
  }

  /** `2021-06-08` or, as Vietnamese documents write it, `8/6/2021` (day first); XLSX dates as they are. */
  date(column: ImportColumn): string | null | undefined {
    const cell = this.cell(column);
    if (!cell) return undefined;
    if (cell.t === 'date') return cell.iso;
    const text = cell.t === 'text' ? cell.text : String(cell.value);
    const date = parseDateText(text);
    return date.ok ? date.iso : this.fail(column, importMessage(date.reason, this.locale, { text }));
  }

  milestoneState(column: ImportColumn): MilestoneState | null | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    const key = text.toLowerCase().normalize('NFC');
    const state = MILESTONE_WORDS[key];
    return state ?? this.fail(column, importMessage('milestone-state', this.locale, { text }));
  }

  /** `derived`, or the word an export writes in either language (`Suy ra`); empty is left to the entry's default. */
  basis(column: ImportColumn): FigureBasis | null | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    const key = text.toLowerCase().normalize('NFC');
    const basis = figureBases.find((b) => b === key || locales.some((l) => figureBasisNames[l][b].toLowerCase() === key));
    return basis ?? this.fail(column, importMessage('figure-basis', this.locale, { text }));
  }
}

const MILESTONE_WORDS: Record<string, MilestoneState> = {
  done: 'done',
  'in-progress': 'in-progress',
  'not-started': 'not-started',
  'hoàn thành': 'done',
  'đã hoàn thành': 'done',
  'đang thực hiện': 'in-progress',
  'chưa thực hiện': 'not-started',
  'chưa bắt đầu': 'not-started',
};

/** `17/NQ-CP`, `17/nq-cp` and `749/QD-TTg` for `749/QĐ-TTg` name the same document. */
export function normaliseSourceNumber(number: string): string {
  return number.normalize('NFC').toLowerCase().replace(/đ/g, 'd').replace(/\s+/g, '');
}

export interface SourceLookup {
  byId: Map<number, Source>;
  byNumber: Map<string, Source[]>;
}

export function sourceLookup(sources: readonly Source[]): SourceLookup {
  const byNumber = new Map<string, Source[]>();
  for (const s of sources) {
    if (!s.number) continue;
    const key = normaliseSourceNumber(s.number);
    byNumber.set(key, [...(byNumber.get(key) ?? []), s]);
  }
  return { byId: new Map(sources.map((s) => [s.id, s])), byNumber };
}

/** The row's source: by `source_id`, or by `source_number` matched to one existing document. */
export function readSource(cells: CellReader, lookup: SourceLookup): number | null | undefined {
  const id = cells.number('source_id', { meaning: 'count' });
  const number = cells.text('source_number');
  let byNumber: Source | undefined;
  if (number !== undefined) {
    const found = lookup.byNumber.get(normaliseSourceNumber(number)) ?? [];
    if (found.length === 0) return cells.fail('source_number', importMessage('no-source-number', cells.locale, { number }));
    if (found.length > 1) return cells.fail('source_number', importMessage('several-source-number', cells.locale, { number }));
    byNumber = found[0];
  }
  if (id === null) return null;
  if (id !== undefined) {
    if (!lookup.byId.has(id)) return cells.fail('source_id', importMessage('no-source-id', cells.locale, { id: String(id) }));
    if (byNumber && byNumber.id !== id) {
      return cells.fail('source_number', importMessage('source-mismatch', cells.locale, { byNumber: String(byNumber.id), id: String(id) }));
    }
    return id;
  }
  return byNumber?.id;
}
