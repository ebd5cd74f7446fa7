import {
  figureEntrySchema,
  importMessage,
  isPlausibleFigureYear,
  spreadsheetColumnLabel,
  validationMessage,
  valueColumn,
  type FigureEntry,
  type ImportColumn,
  type ImportRow,
  type Indicator,
  type Locale,
  type OrgUnit,
} from '@kpi/shared';
import { CellReader, readSource, type SourceLookup } from './read-cells.js';
import { readUnit, type UnitLookup } from './read-unit.js';
import type { RawRow } from './sheet.js';

/** The columns that carry each kind's figure. */
const FIGURE_COLUMNS: Record<Indicator['kind'], ImportColumn[]> = {
  ratio: ['numerator', 'denominator', 'published'],
  value: ['value'],
  rank: ['position', 'out_of'],
  milestone: ['milestone_state', 'milestone_date'],
};
const ALL_FIGURE_COLUMNS = Object.values(FIGURE_COLUMNS).flat();

/** Entry paths as the file names them. */
const COLUMN_OF: Record<string, string> = {
  outOf: 'out_of',
  sourceId: 'source_id',
  asOf: 'as_of',
  publishedText: 'published_text',
  noteEn: 'note_en',
  state: 'milestone_state',
  date: 'milestone_date',
};

export interface RowEntry {
  row: number;
  indicatorCode: string | null;
  year: number | null;
  indicator: Indicator | null;
  /** The unit the figure belongs to (the province when the row names none), null when unreadable. */
  orgUnit: OrgUnit | null;
  /** The figure, when the row is readable and valid (its version is filled in by the plan). */
  entry: FigureEntry | null;
  skipped: boolean;
  reason: string | null;
  fields: Record<string, string>;
  readings: ImportRow['readings'];
  ambiguous: ImportRow['ambiguous'];
}

export interface EntryContext {
  indicators: Map<string, Indicator>;
  sources: SourceLookup;
  units: UnitLookup;
  locale: Locale;
  now: Date;
}

/**
 * One spreadsheet row as a `FigureEntry`, validated by the entry form's own schema. A row with no
 * figure (a template row left empty) is skipped; anything unreadable or invalid rejects the row,
 * naming each column and what is wrong with it.
 */
export function rowToEntry(raw: RawRow, ctx: EntryContext): RowEntry {
  const cells = new CellReader(raw, ctx.locale);
  const code = cells.text('indicator_code') ?? null;
  const year = cells.number('year', { meaning: 'count' }) ?? null;
  const indicator = code ? (ctx.indicators.get(code) ?? null) : null;
  const orgUnit = readUnit(cells, ctx.units, typeof year === 'number' ? year : null, indicator);
  const result = (entry: FigureEntry | null, skipped = false, reason: string | null = null): RowEntry => ({
    row: raw.row,
    indicatorCode: code,
    year,
    indicator,
    orgUnit,
    entry,
    skipped,
    // A cell's problem is told once, by its column in `fields`; `reason` is for the row as a whole.
    reason,
    fields: cells.fields,
    readings: cells.readings,
    ambiguous: cells.ambiguous,
  });

  if (!code) cells.fail('indicator_code', validationMessage('required', ctx.locale));
  else if (!indicator) cells.fail('indicator_code', importMessage('unknown-indicator', ctx.locale, { code }));
  if (year === undefined || year === null) cells.fail('year', validationMessage('required', ctx.locale));
  else if (!isPlausibleFigureYear(year, ctx.now)) cells.fail('year', validationMessage('year-range', ctx.locale));
  if (!indicator) return result(null);

  // A row of another kind is one problem: the columns it fills and leaves empty follow from it.
  const kind = cells.text('kind');
  if (kind !== undefined && kind !== indicator.kind) {
    cells.fail('kind', importMessage('kind-mismatch', ctx.locale, { kind: indicator.kind }));
    return result(null);
  }
  const own = FIGURE_COLUMNS[indicator.kind];
  const ownLabels = own.map((c) => spreadsheetColumnLabel(c, ctx.locale)).join(', ');
  for (const column of ALL_FIGURE_COLUMNS.filter((c) => !own.includes(c))) {
    if (cells.cell(column)) cells.fail(column, importMessage('column-not-used', ctx.locale, { kind: indicator.kind, columns: ownLabels }));
  }
  // The template prefills out_of: a rank row counts once its position is filled.
  const filled = own.filter((c) => c !== 'out_of').some((c) => cells.cell(c));
  if (!filled) {
    // A figure in the wrong columns is told there, not again as the right columns being empty.
    return Object.keys(cells.fields).length ? result(null) : result(null, true, importMessage('no-figure', ctx.locale));
  }

  const figure = readFigure(cells, indicator);
  const candidate = {
    kind: indicator.kind,
    version: 0,
    ...figure,
    sourceId: readSource(cells, ctx.sources),
    asOf: cells.date('as_of'),
    publishedText: cells.text('published_text'),
    basis: cells.basis('basis'),
    locator: cells.text('locator'),
    note: cells.text('note'),
    noteEn: cells.text('note_en'),
  };
  const parsed = figureEntrySchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = String(issue.path[0] ?? 'row');
      // A cell already rejected keeps its own message; undefined means it was empty.
      cells.fail(COLUMN_OF[path] ?? path, validationMessage(issue.message, ctx.locale));
    }
  }
  if (Object.keys(cells.fields).length || !parsed.success) return result(null);
  return result(parsed.data);
}

function readFigure(cells: CellReader, indicator: Indicator): Record<string, unknown> {
  const count = { meaning: 'count' } as const;
  switch (indicator.kind) {
    case 'ratio':
      return {
        numerator: cells.number('numerator', count),
        denominator: cells.number('denominator', count),
        published: cells.number('published', { meaning: 'percent', max: 100 }),
      };
    case 'value':
      return { value: cells.number('value', valueColumn(indicator.unit)) };
    case 'rank':
      return { position: cells.number('position', count), outOf: cells.number('out_of', count) };
    case 'milestone':
      return { state: cells.milestoneState('milestone_state'), date: cells.date('milestone_date') };
  }
}
