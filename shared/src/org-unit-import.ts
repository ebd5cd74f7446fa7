import { formatDate } from './format.js';
import { importMessage, unitLabel } from './import-messages.js';
import { orgUnitFileColumns, splitUnitList, yesNoWords, type OrgUnitFileColumn } from './org-unit-columns.js';
import { unitMatcher, type MatchableUnit } from './org-unit-match.js';
import { orgUnitKindNames, orgUnitName } from './org-unit-names.js';
import { readOrgUnitRow, type ReadUnitRow } from './org-unit-read-row.js';
import type { Locale } from './schemas/common.js';
import type { OrgUnitImportCounts, OrgUnitImportRow } from './schemas/org-unit-import.js';
import type { CreateOrgUnitBody, OrgUnit } from './schemas/org-unit.js';
import { validationMessage } from './validation-messages.js';

/** One data row of the units' file: its spreadsheet row and its cells as text (dates as ISO). */
export interface OrgUnitFileRow {
  row: number;
  cells: Partial<Record<OrgUnitFileColumn, string>>;
}

/** A unit the run writes: the whole unit as it will be, and what it replaces (null: a new unit). */
export interface OrgUnitImportWrite {
  unit: CreateOrgUnitBody;
  before: OrgUnit | null;
}

export interface OrgUnitImportOutcome {
  rows: OrgUnitImportRow[];
  counts: OrgUnitImportCounts;
  writes: OrgUnitImportWrite[];
}

/** The fields compared, by the column that holds them. */
const COMPARED = ['name', 'kind', 'parent', 'valid_from', 'valid_to', 'predecessors', 'name_checked', 'note'] as const satisfies readonly OrgUnitFileColumn[];
type Compared = (typeof COMPARED)[number];

const yearOf = (iso: string | null) => (iso === null ? null : Number(iso.slice(0, 4)));

/** A field's value as the admin reads it in the dry run. */
function shown(unit: CreateOrgUnitBody, column: Compared, units: Map<string, MatchableUnit>, locale: Locale): string | null {
  switch (column) {
    case 'name':
    case 'note':
      return unit[column];
    case 'kind':
      return orgUnitKindNames[locale][unit.kind];
    case 'parent': {
      const parent = unit.parent === null ? undefined : units.get(unit.parent);
      return parent ? unitLabel(parent, locale) : unit.parent;
    }
    case 'valid_from':
      return unit.validFrom && formatDate(unit.validFrom, locale);
    case 'valid_to':
      return unit.validTo && formatDate(unit.validTo, locale);
    case 'predecessors':
      return unit.predecessors.length ? [...unit.predecessors].sort().join('; ') : null;
    case 'name_checked':
      return yesNoWords[locale][unit.nameChecked ? 'yes' : 'no'];
  }
}

const FIELD: Record<Compared, keyof CreateOrgUnitBody> = {
  name: 'name',
  kind: 'kind',
  parent: 'parent',
  valid_from: 'validFrom',
  valid_to: 'validTo',
  predecessors: 'predecessors',
  name_checked: 'nameChecked',
  note: 'note',
};
/** A field's value to compare: the predecessors as a set, in any order. */
const comparable = (unit: CreateOrgUnitBody, column: Compared) =>
  JSON.stringify(column === 'predecessors' ? [...unit.predecessors].sort() : unit[FIELD[column]]);

/** Walks up from `code` through `parents`: true when it comes back to `code` (a loop in the tree). */
function inLoop(code: string, parents: Map<string, string | null>): boolean {
  let at = parents.get(code) ?? null;
  for (let steps = 0; at !== null && steps <= parents.size; steps += 1) {
    if (at === code) return true;
    at = parents.get(at) ?? null;
  }
  return false;
}

/**
 * Plans the units' file against the units as they are: each row new, changed (which fields),
 * unchanged or refused (which column and why, in `locale`). A parent or predecessor is found by
 * code or name (unitMatcher) among the units as they would be after the import, so a file can add
 * a commune and its former parts together; an unknown or ambiguous one names the candidates. A
 * column the file leaves out keeps each unit's value. Units the file does not name are left alone.
 */
export function planOrgUnitImport(
  file: { columns: readonly OrgUnitFileColumn[]; rows: readonly OrgUnitFileRow[] },
  existing: readonly OrgUnit[],
  locale: Locale,
): OrgUnitImportOutcome {
  const has = new Set(file.columns);
  const current = new Map(existing.map((unit) => [unit.code, unit]));
  const firstRow = new Map<string, number>();
  const read: ReadUnitRow[] = file.rows.map((raw) => {
    const row = readOrgUnitRow(raw, has, current, locale);
    if (row.code !== null) {
      const first = firstRow.get(row.code);
      if (first === undefined) firstRow.set(row.code, raw.row);
      else row.problems.code ??= importMessage('duplicate-code', locale, { code: row.code, row: String(first) });
    }
    return row;
  });

  // The units as they would stand after the import: those the file does not name, then the file's readable rows.
  const after = new Map<string, MatchableUnit>(existing.map((unit) => [unit.code, unit]));
  for (const row of read) if (row.unit && !row.problems.code) after.set(row.unit.code, row.unit);
  const match = unitMatcher([...after.values()]);
  const find = (text: string, self: string, year: number | null, column: 'parent' | 'predecessors', problems: ReadUnitRow['problems']): string | null => {
    const itself = column === 'parent' ? validationMessage('org-unit-cycle', locale) : importMessage('self-reference', locale);
    if (text.trim().toLowerCase() === self) {
      problems[column] ??= itself;
      return null;
    }
    const found = match(text, year);
    if (found.ok) {
      if (found.unit.code !== self) return found.unit.code;
      problems[column] ??= itself;
      return null;
    }
    // The unit itself may share its name with a former unit it replaced: the other one is meant.
    const others = found.candidates.filter((u) => u.code !== self);
    if (found.reason === 'ambiguous' && others.length === 1) return others[0]!.code;
    const candidates = others.map((u) => unitLabel(u, locale)).join('; ');
    problems[column] ??= importMessage(found.reason === 'ambiguous' ? 'ambiguous-org-unit' : 'unknown-org-unit', locale, { text, candidates });
    return null;
  };

  for (const row of read) {
    if (row.code === null) continue;
    const { code, unit } = row;
    if (row.parentText) {
      const parent = find(row.parentText, code, yearOf(row.validFrom) ?? yearOf(row.validTo), 'parent', row.problems);
      if (unit) unit.parent = parent;
    }
    if (row.predecessorsText !== null) {
      // Former units ended before this one began: look them up in the year before.
      const year = row.validFrom === null ? null : yearOf(row.validFrom)! - 1;
      const found = splitUnitList(row.predecessorsText).map((text) => find(text, code, year, 'predecessors', row.problems));
      if (unit) unit.predecessors = [...new Set(found.filter((c): c is string => c !== null))];
    }
  }

  const parents = new Map<string, string | null>(existing.map((unit) => [unit.code, unit.parent]));
  for (const row of read) if (row.unit && !row.problems.code) parents.set(row.unit.code, row.unit.parent);
  for (const row of read) {
    if (row.unit && !row.problems.parent && inLoop(row.unit.code, parents)) row.problems.parent = validationMessage('org-unit-cycle', locale);
  }

  const counts: OrgUnitImportCounts = { total: read.length, new: 0, changed: 0, unchanged: 0, refused: 0 };
  const writes: OrgUnitImportWrite[] = [];
  const rows = read.map((row, i): OrgUnitImportRow => {
    const unit = row.unit;
    const label = unit ? orgUnitName(unit, locale) : null;
    const problems = orderedProblems(row.problems);
    const base = { row: file.rows[i]!.row, code: row.code, label, changes: [], problems };
    if (problems.length || !unit) {
      counts.refused += 1;
      return { ...base, status: 'refused' };
    }
    const before = current.get(unit.code) ?? null;
    if (!before) {
      counts.new += 1;
      writes.push({ unit, before });
      return { ...base, status: 'new' };
    }
    const beforeBody: CreateOrgUnitBody = { ...before };
    const changes = COMPARED.filter((column) => comparable(beforeBody, column) !== comparable(unit, column)).map((column) => ({
      column,
      before: shown(beforeBody, column, after, locale),
      after: shown(unit, column, after, locale),
    }));
    if (!changes.length) {
      counts.unchanged += 1;
      return { ...base, status: 'unchanged' };
    }
    counts.changed += 1;
    writes.push({ unit, before });
    return { ...base, status: 'changed', changes };
  });
  return { rows, counts, writes };
}

/** Problems in the file's column order, so the dry run reads left to right. */
function orderedProblems(problems: ReadUnitRow['problems']): OrgUnitImportRow['problems'] {
  return orgUnitFileColumns.flatMap((column) => (problems[column] ? [{ column, message: problems[column] }] : []));
}
