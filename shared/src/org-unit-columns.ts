import { orgUnitKindNames } from './org-unit-names.js';
import { normaliseUnitName } from './org-unit-match.js';
import type { Locale } from './schemas/common.js';
import { orgUnitKinds, type OrgUnitKind } from './schemas/org-unit.js';

/**
 * The columns of the organisation units' file, as the export writes them and the import reads
 * them. `name_en` is the English name people read ("Tam Thanh Ward"): a unit's name is a proper
 * noun with one spelling, so the English one is made from it and the kind, written for reading
 * and ignored on import, like the figures export's computed rate.
 */
export const orgUnitFileColumns = ['code', 'name', 'name_en', 'kind', 'parent', 'valid_from', 'valid_to', 'predecessors', 'name_checked', 'note'] as const;
export type OrgUnitFileColumn = (typeof orgUnitFileColumns)[number];

/** A file must name these; any other column left out keeps what the units already hold. */
export const orgUnitFileRequired: readonly OrgUnitFileColumn[] = ['code', 'name', 'kind'];
/** Written for reading only. */
export const orgUnitFileExportOnly: readonly OrgUnitFileColumn[] = ['name_en'];

export const orgUnitColumnLabels = {
  vi: {
    code: 'Mã đơn vị',
    name: 'Tên đơn vị',
    name_en: 'Tên tiếng Anh (tự tạo)',
    kind: 'Loại đơn vị',
    parent: 'Trực thuộc (mã hoặc tên)',
    valid_from: 'Hiệu lực từ ngày',
    valid_to: 'Hiệu lực đến ngày',
    predecessors: 'Hợp thành từ (các mã hoặc tên ngăn bởi dấu ;)',
    name_checked: 'Tên đã đối chiếu văn bản',
    note: 'Ghi chú',
  },
  en: {
    code: 'Unit code',
    name: 'Unit name (Vietnamese)',
    name_en: 'English name (derived)',
    kind: 'Kind of unit',
    parent: 'Part of (code or name)',
    valid_from: 'Valid from',
    valid_to: 'Valid to',
    predecessors: 'Formed from (codes or names separated by ;)',
    name_checked: 'Name checked against the document',
    note: 'Note',
  },
} as const satisfies Record<Locale, Record<OrgUnitFileColumn, string>>;

/** How the file writes "name checked", and what it reads as yes or no in either language. */
export const yesNoWords: Record<Locale, { yes: string; no: string }> = { vi: { yes: 'có', no: 'không' }, en: { yes: 'yes', no: 'no' } };
const YES = new Set(['co', 'yes', 'true', '1', 'x', 'da doi chieu']);
const NO = new Set(['khong', 'no', 'false', '0', 'chua doi chieu']);

/** `Có`, `yes`, `x`, `1` → true; `không`, `no`, `0` → false; empty → false; anything else undefined. */
export function readYesNo(text: string): boolean | undefined {
  const key = normaliseUnitName(text);
  if (key === '' || NO.has(key)) return false;
  return YES.has(key) ? true : undefined;
}

/** `commune`, `Xã`, `xa`, `Thị trấn`, `Town`: a kind by its code or its word in either language. */
export function readOrgUnitKind(text: string): OrgUnitKind | undefined {
  const key = normaliseUnitName(text);
  return orgUnitKinds.find(
    (kind) => kind === key || normaliseUnitName(orgUnitKindNames.vi[kind]) === key || normaliseUnitName(orgUnitKindNames.en[kind]) === key,
  );
}

/** `a; b;c` → `['a', 'b', 'c']`: the predecessors cell, one unit per `;` (or line). */
export function splitUnitList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}
