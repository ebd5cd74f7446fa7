import {
  entryWarnings,
  figureEntrySchema,
  parseNumberText,
  provincesRankedIn,
  ratePercent,
  validationMessage,
  valueColumn,
  type EntryWarningCode,
  type Figure,
  type FigureEntry,
  type Indicator,
  type IndicatorKind,
  type Locale,
  type NumberColumn,
  type ObservationState,
  type Unit,
} from '@kpi/shared';
import { issuesByField } from '../../ui/form/issues';

/** The inputs of each kind of figure, then the provenance every figure carries. */
export const FIGURE_FIELDS = {
  ratio: ['numerator', 'denominator', 'published'],
  value: ['value'],
  rank: ['position', 'outOf'],
  milestone: ['state', 'date'],
} as const;
export const PROVENANCE_FIELDS = ['sourceId', 'locator', 'publishedText', 'basis', 'asOf', 'note', 'noteEn'] as const;

export type FieldName = (typeof FIGURE_FIELDS)[IndicatorKind][number] | (typeof PROVENANCE_FIELDS)[number];
/** What the analyst typed, as typed: parsing happens on every check, so nothing typed is lost. */
export type FormValues = Record<FieldName, string>;

/**
 * How each number input is read: counts strip grouping (`154.231` → 154231); rates take `,` or `.`;
 * a value by its indicator's unit, as the import reads it (`valueColumn`).
 */
const NUMBER_COLUMNS: Partial<Record<FieldName, NumberColumn>> = {
  numerator: { meaning: 'count' },
  denominator: { meaning: 'count' },
  position: { meaning: 'count' },
  outOf: { meaning: 'count' },
  published: { meaning: 'percent', max: 100 },
};

export function emptyValues(year: number): FormValues {
  return {
    numerator: '',
    denominator: '',
    published: '',
    value: '',
    position: '',
    outOf: String(provincesRankedIn(year)),
    state: '',
    date: '',
    sourceId: '',
    locator: '',
    publishedText: '',
    basis: 'stated',
    asOf: '',
    note: '',
    noteEn: '',
  };
}

/** The latest revision when an approver sent it back and no new draft has been saved since. */
export function returnedRevision(state: ObservationState) {
  const latest = state.history[0];
  return !state.draft && latest?.state === 'returned' ? latest : null;
}

/** The form filled with a saved figure (the pending draft, else the published one). */
export function valuesFromFigure(figure: Figure | null, year: number): FormValues {
  const values = emptyValues(year);
  if (!figure) return values;
  const text = (value: string | number | null) => (value === null ? '' : String(value));
  Object.assign(values, {
    sourceId: text(figure.source?.id ?? null),
    locator: text(figure.locator),
    publishedText: text(figure.publishedText),
    basis: figure.basis,
    asOf: text(figure.asOf),
    note: text(figure.note),
    noteEn: text(figure.noteEn),
  });
  if (figure.kind === 'ratio')
    Object.assign(values, { numerator: text(figure.numerator), denominator: text(figure.denominator), published: text(figure.published) });
  if (figure.kind === 'value') values.value = text(figure.value);
  if (figure.kind === 'rank') Object.assign(values, { position: text(figure.position), outOf: text(figure.outOf) });
  if (figure.kind === 'milestone') Object.assign(values, { state: figure.state, date: text(figure.date) });
  return values;
}

export type NumberReading = { value: number; error?: undefined } | { value?: undefined; error: string } | { value?: undefined; error?: undefined };

/** Text read as a number of a column's meaning; empty reads as nothing (the schema decides if required). */
export function readNumberText(text: string, column: NumberColumn, locale: Locale, ambiguous: (a: string, b: string) => string): NumberReading {
  if (text.trim() === '') return {};
  const parsed = parseNumberText(text, column);
  if (parsed.ok) return { value: parsed.value };
  if (parsed.reason === 'ambiguous') {
    const [a, b] = parsed.readings;
    return { error: ambiguous(String(a?.value), String(b?.value)) };
  }
  return { error: validationMessage(parsed.reason === 'integer-required' ? 'integer-required' : 'number-required', locale) };
}

function readNumber(field: FieldName, unit: Unit, text: string, locale: Locale, ambiguous: (a: string, b: string) => string): NumberReading {
  const column = field === 'value' ? valueColumn(unit) : NUMBER_COLUMNS[field];
  return column ? readNumberText(text, column, locale, ambiguous) : {};
}

/** Provenance that always passes: to check a figure's own rules while its source is still unpicked. */
const VALID_PROVENANCE = { sourceId: 1, locator: null, note: null, noteEn: null, asOf: null, publishedText: null };

export interface EntryCheck {
  /** Messages per field, in the UI language. */
  errors: Partial<Record<FieldName | 'form', string>>;
  /** The whole entry, when it passes the shared schema. */
  entry: FigureEntry | null;
  /** The figure alone, when its own numbers pass: enough for the live rate and warnings. */
  figure: FigureEntry | null;
  numbers: Partial<Record<FieldName, number>>;
}

/** Reads and checks the form against the shared schema, the server's rules, in the UI language. */
export function checkEntry(
  { kind, unit }: Pick<Indicator, 'kind' | 'unit'>,
  values: FormValues,
  version: number,
  acknowledged: EntryWarningCode[],
  locale: Locale,
  ambiguous: (a: string, b: string) => string,
): EntryCheck {
  const numbers: Partial<Record<FieldName, number>> = {};
  const parseErrors: EntryCheck['errors'] = {};
  for (const field of FIGURE_FIELDS[kind]) {
    const reading = readNumber(field, unit, values[field], locale, ambiguous);
    if (reading.error) parseErrors[field] = reading.error;
    if (reading.value !== undefined) numbers[field] = reading.value;
  }
  const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());
  const candidate = {
    kind,
    version,
    sourceId: values.sourceId ? Number(values.sourceId) : undefined,
    locator: optional(values.locator),
    note: optional(values.note),
    noteEn: optional(values.noteEn),
    asOf: optional(values.asOf),
    publishedText: optional(values.publishedText),
    basis: optional(values.basis),
    acknowledgedWarnings: acknowledged,
    ...numbers,
    ...(kind === 'milestone' ? { state: optional(values.state), date: optional(values.date) } : {}),
  };
  const full = figureEntrySchema.safeParse(candidate);
  // Zod skips a cross-field rule (numerator ≤ denominator) while any field fails, e.g. the source:
  // the figure is checked again on its own so that rule shows as soon as both numbers are typed.
  const alone = full.success ? full : figureEntrySchema.safeParse({ ...candidate, ...VALID_PROVENANCE });
  const errors: EntryCheck['errors'] = {
    ...(alone.success ? {} : issuesByField(alone.error.issues, locale)),
    ...(full.success ? {} : issuesByField(full.error.issues, locale)),
    ...parseErrors,
  };
  if (kind === 'milestone' && !values.state) errors.state = validationMessage('required', locale);
  return { errors, entry: full.success ? full.data : null, figure: alone.success ? alone.data : null, numbers };
}

/** numerator / denominator in percent, as soon as both read as numbers. */
export function liveRate(numbers: EntryCheck['numbers']): number | null {
  const { numerator, denominator } = numbers;
  return numerator !== undefined && denominator !== undefined && denominator > 0 ? ratePercent(numerator, denominator) : null;
}

export function liveWarnings(check: EntryCheck, year: number, history: readonly Figure[]) {
  return check.figure ? entryWarnings(check.figure, year, history) : [];
}
