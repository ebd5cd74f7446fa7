import { importMessage } from './import-messages.js';
import { readOrgUnitKind, readYesNo, type OrgUnitFileColumn } from './org-unit-columns.js';
import type { OrgUnitFileRow } from './org-unit-import.js';
import { orgUnitKindNames } from './org-unit-names.js';
import { parseDateText } from './parse-date.js';
import type { Locale } from './schemas/common.js';
import type { CreateOrgUnitBody, OrgUnit } from './schemas/org-unit.js';
import { validationMessage } from './validation-messages.js';

/** One row of the units' file read on its own: links are still text, found once every row is read. */
export interface ReadUnitRow {
  code: string | null;
  /** The unit as the row would make it; null when its code, name or kind cannot be read. */
  unit: CreateOrgUnitBody | null;
  /** The dates, kept apart from the unit so a row refused for its name or kind still has its links checked. */
  validFrom: string | null;
  validTo: string | null;
  parentText: string | null;
  predecessorsText: string | null;
  problems: Partial<Record<OrgUnitFileColumn, string>>;
}

/** The same rules as the unit form's schema (org-unit.ts), worded as its messages are. */
const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NAME_MAX = 120;
const CODE_MAX = 64;
const NOTE_MAX = 1000;

/**
 * Reads a row's own cells: code, name, kind, dates, flag and note, each checked as the unit form
 * checks it. A column the file does not have keeps the unit's value (a new unit's default).
 */
export function readOrgUnitRow(raw: OrgUnitFileRow, has: ReadonlySet<OrgUnitFileColumn>, current: ReadonlyMap<string, OrgUnit>, locale: Locale): ReadUnitRow {
  const problems: ReadUnitRow['problems'] = {};
  const text = (column: OrgUnitFileColumn) => raw.cells[column]?.trim() ?? '';
  const fail = (column: OrgUnitFileColumn, message: string) => {
    problems[column] ??= message;
    return undefined;
  };

  const codeText = text('code');
  if (!codeText) fail('code', validationMessage('required', locale));
  else if (codeText.length > CODE_MAX) fail('code', validationMessage('too-long', locale));
  else if (!CODE.test(codeText)) fail('code', validationMessage('org-unit-code-format', locale));
  const code = codeText || null;
  const before = code === null ? undefined : current.get(code);

  const nameText = text('name');
  const name = !nameText
    ? fail('name', validationMessage('required', locale))
    : nameText.length > NAME_MAX
      ? fail('name', validationMessage('too-long', locale))
      : nameText;

  const kindText = text('kind');
  const kind = !kindText
    ? fail('kind', validationMessage('required', locale))
    : (readOrgUnitKind(kindText) ??
      fail('kind', importMessage('unknown-kind', locale, { text: kindText, kinds: Object.values(orgUnitKindNames[locale]).join(', ') })));

  const date = (column: 'valid_from' | 'valid_to', kept: string | null): string | null => {
    if (!has.has(column)) return kept;
    const cell = text(column);
    if (!cell) return null;
    const parsed = parseDateText(cell);
    return parsed.ok ? parsed.iso : (fail(column, importMessage(parsed.reason, locale, { text: cell })) ?? null);
  };
  const validFrom = date('valid_from', before?.validFrom ?? null);
  const validTo = date('valid_to', before?.validTo ?? null);
  if (validFrom !== null && validTo !== null && validFrom > validTo) fail('valid_to', validationMessage('dates-out-of-order', locale));

  let nameChecked = before?.nameChecked ?? false;
  if (has.has('name_checked')) {
    const flag = readYesNo(text('name_checked'));
    if (flag === undefined) fail('name_checked', importMessage('not-yes-no', locale, { text: text('name_checked') }));
    else nameChecked = flag;
  }

  let note = before?.note ?? null;
  if (has.has('note')) {
    note = text('note') || null;
    if (note !== null && note.length > NOTE_MAX) fail('note', validationMessage('too-long', locale));
  }

  const valid = code !== null && !problems.code && name !== undefined && kind !== undefined;
  return {
    code,
    unit: valid
      ? {
          code,
          name,
          kind,
          parent: has.has('parent') ? null : (before?.parent ?? null),
          validFrom,
          validTo,
          nameChecked,
          predecessors: has.has('predecessors') ? [] : (before?.predecessors ?? []),
          note,
        }
      : null,
    validFrom,
    validTo,
    parentText: has.has('parent') ? text('parent') || null : null,
    predecessorsText: has.has('predecessors') ? text('predecessors') : null,
    problems,
  };
}
