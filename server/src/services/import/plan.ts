import { createHash } from 'node:crypto';
import {
  currentFigures,
  figureKey,
  indicatorAggregations,
  listIndicators,
  listOrgUnits,
  listSources,
  loadPublishedData,
  type Db,
  type DraftToSave,
} from '@kpi/db';
import {
  entryWarnings,
  importMessage,
  type EntryWarningCode,
  type Figure,
  type FigureEntry,
  type ImportCounts,
  type ImportPlan,
  type ImportRow,
  type Locale,
  PROVINCE_UNIT,
  unitMatcher,
} from '@kpi/shared';
import { sourceLookup } from './read-cells.js';
import { rowToEntry } from './rows-to-entries.js';
import type { SheetData } from './sheet.js';

export interface PlanInput {
  sheet: SheetData;
  fileName: string;
  sha256: string;
  acknowledge: readonly EntryWarningCode[];
  locale: Locale;
  /** A commune user's unit (its code): rows are its figures, and a row naming another unit is rejected. */
  ownUnit?: string | null;
  now?: Date;
}

const blank = (v: string | null | undefined) => (v === undefined || v === '' ? null : v);

/** Whether an entry says what the current figure says, field for field (acknowledgements aside). */
export function sameFigure(entry: FigureEntry, figure: Figure): boolean {
  const common =
    entry.sourceId === figure.source?.id &&
    blank(entry.locator) === figure.locator &&
    blank(entry.note) === figure.note &&
    blank(entry.noteEn) === figure.noteEn &&
    blank(entry.asOf) === figure.asOf &&
    blank(entry.publishedText) === figure.publishedText &&
    (entry.basis ?? 'stated') === figure.basis;
  if (!common || entry.kind !== figure.kind) return false;
  switch (entry.kind) {
    case 'ratio':
      return (
        figure.kind === 'ratio' &&
        entry.numerator === figure.numerator &&
        entry.denominator === figure.denominator &&
        (entry.published ?? null) === figure.published
      );
    case 'value':
      return figure.kind === 'value' && entry.value === figure.value;
    case 'rank':
      return figure.kind === 'rank' && entry.position === figure.position && entry.outOf === figure.outOf;
    case 'milestone':
      return figure.kind === 'milestone' && entry.state === figure.state && blank(entry.date) === figure.date;
  }
}

/** The file and every version the plan saw, hashed: a real run given it refuses if either changed. */
function basisOf(sha256: string, rows: readonly ImportRow[]): string {
  const versions = rows
    .filter((r) => r.status !== 'rejected' && r.status !== 'skipped')
    .map((r) => `${r.indicatorCode}/${r.year}/${r.orgUnit?.code}=${r.version}`)
    .sort();
  return createHash('sha256')
    .update([sha256, ...versions].join('\n'))
    .digest('base64url')
    .slice(0, 32);
}

/** The indicators whose figures the plan compared rows with (what `figuresFingerprint` covers). */
export function plannedIndicators(plan: ImportPlan): Set<string> {
  return new Set(
    plan.rows.flatMap((r) => (r.indicatorCode && (r.status === 'new' || r.status === 'changed' || r.status === 'unchanged') ? [r.indicatorCode] : [])),
  );
}

/**
 * The dry run: every row read, validated and classified against the figures as they are now —
 * new (no figure that year), changed (differs from the pending draft, else the published figure),
 * unchanged, skipped (no figure given) or rejected (with the reason, by column). New and changed
 * rows carry the entry-form warnings; acknowledged codes are stored on the draft as the form does.
 */
export function planImport(db: Db, input: PlanInput): { plan: ImportPlan; drafts: DraftToSave[] } {
  const indicators = new Map(listIndicators(db).map((i) => [i.code, i]));
  const history = new Map(loadPublishedData(db).map((d) => [d.indicator.code, d.figures]));
  const orgUnits = listOrgUnits(db);
  const province = orgUnits.find((u) => u.code === PROVINCE_UNIT);
  if (!province) throw new Error(`No organisation unit ${PROVINCE_UNIT}: the database is not seeded`);
  const own = input.ownUnit ? orgUnits.find((u) => u.code === input.ownUnit) : undefined;
  if (input.ownUnit && !own) throw new Error(`No organisation unit ${input.ownUnit}: the account's unit was deleted`);
  const units = { province, own, match: unitMatcher(orgUnits), aggregations: indicatorAggregations(db) };
  const ctx = { indicators, sources: sourceLookup(listSources(db, { all: true })), units, locale: input.locale, now: input.now ?? new Date() };
  const seen = new Map<string, number>();
  const drafts: DraftToSave[] = [];
  const warningCodes = new Set<EntryWarningCode>();

  const reads = input.sheet.rows.map((raw) => rowToEntry(raw, ctx));
  // Every figure the file names, read at once: one lookup per row costs a large file seconds.
  const figures = currentFigures(db, new Set(reads.flatMap((r) => (r.entry && r.indicatorCode ? [r.indicatorCode] : []))));

  const rows = reads.map((read): ImportRow => {
    const row: ImportRow = {
      row: read.row,
      indicatorCode: read.indicatorCode,
      year: read.year,
      orgUnit: read.orgUnit && { code: read.orgUnit.code, name: read.orgUnit.name, kind: read.orgUnit.kind },
      status: 'rejected',
      reason: read.reason,
      fields: read.fields,
      ambiguous: read.ambiguous,
      readings: read.readings,
      warnings: [],
      version: 0,
      entry: null,
      current: null,
    };
    if (read.skipped) return { ...row, status: 'skipped' };
    if (!read.entry || read.year === null || !read.indicatorCode || !read.orgUnit) return row;
    const orgUnit = read.orgUnit.code;
    const key = figureKey(read.indicatorCode, read.year, orgUnit);
    const earlier = seen.get(key);
    if (earlier !== undefined) return { ...row, fields: { year: importMessage('duplicate-row', input.locale, { row: String(earlier) }) } };
    seen.set(key, read.row);

    const figure = figures.get(key);
    const current = figure?.current ?? null;
    const version = figure?.version ?? 0;
    const base = { ...read.entry, version };
    if (current && sameFigure(base, current)) return { ...row, status: 'unchanged', reason: null, version, current };
    // The province's series warns of an odd jump; a unit's own series is not loaded (as in entry).
    const warnings = entryWarnings(base, read.year, orgUnit === PROVINCE_UNIT ? (history.get(read.indicatorCode) ?? []) : []);
    warnings.forEach((w) => warningCodes.add(w.code));
    const entry: FigureEntry = { ...base, acknowledgedWarnings: warnings.map((w) => w.code).filter((c) => input.acknowledge.includes(c)) };
    drafts.push({ key: { code: read.indicatorCode, year: read.year, orgUnit }, entry, row: read.row });
    return { ...row, status: current ? 'changed' : 'new', reason: null, warnings, version, entry, current };
  });

  const counts: ImportCounts = { total: rows.length, new: 0, changed: 0, unchanged: 0, skipped: 0, rejected: 0 };
  for (const r of rows) counts[r.status] += 1;
  const unacknowledged = [...warningCodes].filter((c) => !input.acknowledge.includes(c));
  const plan: ImportPlan = {
    fileName: input.fileName,
    sha256: input.sha256,
    format: input.sheet.format,
    delimiter: input.sheet.delimiter,
    bom: input.sheet.bom,
    columns: input.sheet.columns,
    ignoredColumns: input.sheet.ignoredColumns,
    counts,
    warningCodes: [...warningCodes],
    unacknowledged,
    canImport: counts.rejected === 0 && unacknowledged.length === 0 && drafts.length > 0,
    basis: basisOf(input.sha256, rows),
    rows,
  };
  return { plan, drafts };
}
