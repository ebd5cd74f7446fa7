import { decimalsOf, figureBasisNames, spreadsheetColumnLabel, type Figure, type Indicator, type Locale } from '@kpi/shared';
import { NUM_FMT, type Cell, type Column } from './cells.js';

/** Wider columns for long text; the rest fit their header. */
const WIDTHS: Record<string, number> = { indicator_code: 34, indicator_name: 60, published_text: 40, source_title: 60, locator: 30, note: 50, note_en: 50 };

/** Columns headed in `lang` above their machine names. */
export function columnsOf(names: readonly string[], lang: Locale): Column[] {
  return names.map((name) => ({ name, label: spreadsheetColumnLabel(name, lang), ...(WIDTHS[name] ? { width: WIDTHS[name] } : {}) }));
}

const num = (number: number, numFmt: string): Cell => ({ number, numFmt });
const date = (iso: string | null): Cell => (iso ? { date: iso } : null);

/** A measure in the indicator's unit: counts grouped, percentages and amounts with its decimals. */
function measure(value: number, indicator: Indicator): Cell {
  return indicator.unit === 'count' || indicator.unit === 'position' ? num(value, NUM_FMT.count) : num(value, NUM_FMT.decimals(indicator.decimals));
}

/**
 * One indicator-year as spreadsheet cells by column name: the columns of the import template and
 * the export's read-only ones. Numbers stay numbers with a format; `figure` null leaves the figure empty.
 */
export function figureCells(indicator: Indicator, year: number, figure: Figure | null, lang: Locale): Record<string, Cell> {
  const cells: Record<string, Cell> = {
    indicator_code: indicator.code,
    indicator_name: indicator.name[lang],
    kind: indicator.kind,
    unit: indicator.unit,
    year: num(year, NUM_FMT.integer),
  };
  if (!figure) return cells;
  switch (figure.kind) {
    case 'ratio':
      Object.assign(cells, {
        numerator: num(figure.numerator, NUM_FMT.count),
        denominator: num(figure.denominator, NUM_FMT.count),
        // Computed, never stored: rounded so the CSV stays readable; the format shows the indicator's decimals.
        rate: num(Math.round(figure.rate * 1e4) / 1e4, NUM_FMT.decimals(indicator.decimals)),
        published: figure.published === null ? null : num(figure.published, NUM_FMT.decimals(Math.max(indicator.decimals, decimalsOf(figure.published)))),
      });
      break;
    case 'value':
      cells.value = measure(figure.value, indicator);
      break;
    case 'rank':
      Object.assign(cells, { position: num(figure.position, NUM_FMT.integer), out_of: num(figure.outOf, NUM_FMT.integer) });
      break;
    case 'milestone':
      Object.assign(cells, { milestone_state: figure.state, milestone_date: date(figure.date) });
      break;
  }
  return Object.assign(cells, {
    published_text: figure.publishedText,
    basis: figureBasisNames[lang][figure.basis],
    as_of: date(figure.asOf),
    source_id: figure.source ? num(figure.source.id, NUM_FMT.integer) : null,
    source_number: figure.source?.number ?? null,
    source_title: figure.source?.title ?? null,
    locator: figure.locator,
    note: figure.note,
    note_en: figure.noteEn,
  });
}

export function rowOf(columns: readonly Column[], cells: Record<string, Cell>): Cell[] {
  return columns.map((c) => cells[c.name] ?? null);
}
