import type { Locale } from './schemas/common.js';
import type { IndicatorKind } from './schemas/indicator.js';
import { orgUnitName } from './org-unit-names.js';
import type { OrgUnit } from './schemas/org-unit.js';

const kindWords = {
  vi: { ratio: 'tỷ lệ (tử số, mẫu số)', value: 'giá trị', rank: 'thứ hạng', milestone: 'nhiệm vụ' },
  en: { ratio: 'ratio (numerator, denominator)', value: 'value', rank: 'rank', milestone: 'task' },
} as const satisfies Record<Locale, Record<IndicatorKind, string>>;

/**
 * What the import's dry run says about a cell or a row, in both languages: the server words the
 * plan in the analyst's language, and the words live here beside the validation messages so a
 * rule reads the same in a form and in a spreadsheet. One message per problem.
 */
const vi = {
  'not-a-number': (p: { text: string }) => `“${p.text}” không phải là số.`,
  'not-whole-number': (p: { text: string }) => `“${p.text}” không phải là số nguyên.`,
  'not-finite': () => 'Ô này không chứa một số hợp lệ.',
  ambiguous: (p: { text: string; a: string; b: string }) =>
    `“${p.text}” có thể đọc là ${p.a} hoặc ${p.b}: hãy viết ${p.b} không có dấu phân cách, hoặc ghi phần thập phân khác ba chữ số.`,
  'date-in-number': () => 'Ô này chứa ngày tháng, nhưng cột này cần một số.',
  'not-a-date': (p: { text: string }) => `“${p.text}” không phải là ngày: hãy viết 08/06/2021 hoặc 2021-06-08.`,
  'not-calendar-date': (p: { text: string }) => `“${p.text}” không có trên lịch.`,
  'milestone-state': (p: { text: string }) => `“${p.text}” không phải trạng thái hợp lệ: hoàn thành, đang thực hiện hoặc chưa thực hiện.`,
  'figure-basis': (p: { text: string }) => `“${p.text}” không phải căn cứ hợp lệ: nêu trong nguồn, suy ra hoặc giả định (để trống là nêu trong nguồn).`,
  'unknown-indicator': (p: { code: string }) => `Không có chỉ tiêu mã “${p.code}”.`,
  'kind-mismatch': (p: { kind: IndicatorKind }) => `Chỉ tiêu này nhận số liệu loại ${kindWords.vi[p.kind]}.`,
  'column-not-used': (p: { kind: IndicatorKind; columns: string }) => `Chỉ tiêu loại ${kindWords.vi[p.kind]} không dùng cột này: hãy điền ${p.columns}.`,
  'no-source-number': (p: { number: string }) => `Không có văn bản nguồn số “${p.number}”: hãy thêm văn bản trước, hoặc ghi mã văn bản nguồn.`,
  'several-source-number': (p: { number: string }) => `Có nhiều văn bản cùng số “${p.number}”: hãy ghi mã văn bản nguồn.`,
  'no-source-id': (p: { id: string }) => `Không có văn bản nguồn mã ${p.id}.`,
  'source-mismatch': (p: { byNumber: string; id: string }) => `Số hiệu văn bản chỉ văn bản mã ${p.byNumber}, còn mã văn bản nguồn là ${p.id}.`,
  'duplicate-row': (p: { row: string }) => `Trùng số liệu với dòng ${p.row}.`,
  'no-figure': () => 'Không có số liệu để nhập.',
  'unknown-org-unit': (p: { text: string; candidates: string }) =>
    `Không có đơn vị hành chính “${p.text}”${p.candidates ? `; gần nhất: ${p.candidates}` : ''}. Hãy ghi tên hoặc mã đơn vị.`,
  'ambiguous-org-unit': (p: { text: string; candidates: string }) =>
    `“${p.text}” có thể là ${p.candidates}: hãy ghi mã đơn vị, hoặc thêm loại đơn vị trước tên (xã, phường…).`,
  'outside-own-unit': (p: { unit: string; own: string }) => `Tài khoản của bạn chỉ nhập số liệu cho ${p.own}, không cho ${p.unit}.`,
  'duplicate-code': (p: { code: string; row: string }) => `Mã “${p.code}” đã có ở dòng ${p.row}: mỗi đơn vị chỉ một dòng.`,
  'unknown-kind': (p: { text: string; kinds: string }) => `“${p.text}” không phải loại đơn vị; hãy ghi một trong: ${p.kinds}.`,
  'not-yes-no': (p: { text: string }) => `“${p.text}” không phải “có” hoặc “không”.`,
  'self-reference': () => 'Đơn vị không thể hợp thành từ chính nó.',
};

/** Typed against the Vietnamese, so neither language lacks a message. */
const en: typeof vi = {
  'not-a-number': (p: { text: string }) => `“${p.text}” is not a number.`,
  'not-whole-number': (p: { text: string }) => `“${p.text}” is not a whole number.`,
  'not-finite': () => 'The cell holds no valid number.',
  ambiguous: (p: { text: string; a: string; b: string }) =>
    `“${p.text}” could be ${p.a} or ${p.b}: write ${p.b} without a separator, or give the decimals with more or fewer than three digits.`,
  'date-in-number': () => 'The cell holds a date where a number belongs.',
  'not-a-date': (p: { text: string }) => `“${p.text}” is not a date: write 08/06/2021 or 2021-06-08.`,
  'not-calendar-date': (p: { text: string }) => `“${p.text}” is not a calendar date.`,
  'milestone-state': (p: { text: string }) => `“${p.text}” is not a task state: done, in-progress or not-started.`,
  'figure-basis': (p: { text: string }) => `“${p.text}” is not a basis: stated, derived or assumed (empty means stated).`,
  'unknown-indicator': (p: { code: string }) => `No indicator with the code “${p.code}”.`,
  'kind-mismatch': (p: { kind: IndicatorKind }) => `This indicator takes a ${kindWords.en[p.kind]} figure.`,
  'column-not-used': (p: { kind: IndicatorKind; columns: string }) => `A ${kindWords.en[p.kind]} indicator does not use this column: fill ${p.columns}.`,
  'no-source-number': (p: { number: string }) => `No source document numbered “${p.number}”: add it first, or give the source document id.`,
  'several-source-number': (p: { number: string }) => `Several documents are numbered “${p.number}”: give the source document id.`,
  'no-source-id': (p: { id: string }) => `No source document with id ${p.id}.`,
  'source-mismatch': (p: { byNumber: string; id: string }) => `The document number names document ${p.byNumber}, the source document id ${p.id}.`,
  'duplicate-row': (p: { row: string }) => `The same figure as row ${p.row}.`,
  'no-figure': () => 'No figure to import.',
  'unknown-org-unit': (p: { text: string; candidates: string }) =>
    `No administrative unit “${p.text}”${p.candidates ? `; the nearest: ${p.candidates}` : ''}. Write the unit’s name or code.`,
  'ambiguous-org-unit': (p: { text: string; candidates: string }) =>
    `“${p.text}” could be ${p.candidates}: write the unit’s code, or put its kind before the name (xã, phường…).`,
  'outside-own-unit': (p: { unit: string; own: string }) => `Your account enters figures for ${p.own} only, not for ${p.unit}.`,
  'duplicate-code': (p: { code: string; row: string }) => `The code “${p.code}” is already on row ${p.row}: one row per unit.`,
  'unknown-kind': (p: { text: string; kinds: string }) => `“${p.text}” is not a kind of unit; write one of: ${p.kinds}.`,
  'not-yes-no': (p: { text: string }) => `“${p.text}” is not “yes” or “no”.`,
  'self-reference': () => 'A unit cannot be formed from itself.',
};

/** A unit as a message names it, its code included: `Xã Tân Đoàn (tan-doan)`, `Tân Đoàn Commune (tan-doan)`. */
export function unitLabel(unit: Pick<OrgUnit, 'code' | 'name' | 'kind'>, locale: Locale): string {
  return `${orgUnitName(unit, locale)} (${unit.code})`;
}

export const importMessages: Record<Locale, typeof vi> = { vi, en };

type Messages = typeof vi;
export type ImportMessageKey = keyof Messages;
export type ImportMessageParams<K extends ImportMessageKey> = Parameters<Messages[K]>[0];

/** The message `key` with its params, in `locale`. */
export function importMessage<K extends ImportMessageKey>(key: K, locale: Locale, ...params: Parameters<Messages[K]>): string {
  const say = importMessages[locale][key] as (p?: ImportMessageParams<K>) => string;
  return say(params[0]);
}
