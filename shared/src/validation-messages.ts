/**
 * Validation messages, keyed by the `message` the shared zod schemas give each rule, in both
 * languages: the browser shows them beside the field, the server in its 400 bodies. One list, so the
 * form and the API never word a rule differently.
 */
import type { Locale } from './schemas/common.js';

export const validationMessages = {
  vi: {
    required: 'Bắt buộc nhập.',
    invalid: 'Giá trị không hợp lệ.',
    'username-format': 'Tên đăng nhập 3–32 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới.',
    'password-too-short': 'Mật khẩu cần ít nhất 10 ký tự.',
    'password-too-long': 'Mật khẩu tối đa 200 ký tự.',
    'number-required': 'Cần nhập một số.',
    'integer-required': 'Cần một số nguyên.',
    'non-negative': 'Không được âm.',
    positive: 'Phải lớn hơn 0.',
    'too-large': 'Số quá lớn.',
    'too-long': 'Quá dài.',
    'percent-range': 'Tỷ lệ phần trăm phải trong khoảng 0–100.',
    'numerator-exceeds-denominator': 'Tử số không được lớn hơn mẫu số.',
    'rank-range': 'Thứ hạng phải từ 1 đến tổng số được xếp hạng.',
    'source-required': 'Chọn hoặc thêm văn bản nguồn.',
    'year-range': 'Năm không hợp lệ (không trước 2000, không sau năm hiện tại).',
    'nothing-to-change': 'Không có gì thay đổi.',
    'unknown-source': 'Không có văn bản nguồn này.',
    'unknown-indicator': 'Không có chỉ tiêu này.',
    'kind-mismatch': 'Chỉ tiêu này nhận loại số liệu khác.',
    'username-taken': 'Tên đăng nhập đã có người dùng.',
    'wrong-password': 'Mật khẩu hiện tại không đúng.',
    'own-account': 'Không thể tự khóa hoặc hạ quyền tài khoản của mình.',
    'code-format': 'Mã chỉ tiêu 2–80 ký tự: chữ thường không dấu, số, nối bằng một dấu gạch ngang (vd. ty-le-ho-so).',
    'code-taken': 'Đã có chỉ tiêu mang mã này.',
    'series-continued': 'Đã có chỉ tiêu khác nối tiếp chuỗi số liệu này.',
    'unknown-kind': 'Loại chỉ tiêu không hợp lệ (tỷ lệ, giá trị, thứ hạng, nhiệm vụ).',
    'rank-reading': 'Cách hiểu mục tiêu thứ hạng phải là vị trí (position) hoặc tỷ lệ trong số được xếp hạng (share).',
    'rank-reading-rank-only': 'Chỉ mục tiêu của chỉ tiêu thứ hạng mới có cách hiểu vị trí hoặc tỷ lệ.',
    'unknown-group': 'Không có nhóm chỉ tiêu này.',
    'group-code-format': 'Mã nhóm 2–40 ký tự: chữ thường không dấu, số, nối bằng một dấu gạch ngang (vd. chinh-quyen-so).',
    'group-taken': 'Đã có nhóm chỉ tiêu mang mã này.',
    'order-range': 'Thứ tự là số nguyên từ 0 đến 100.000.',
    'unknown-unit': 'Không có đơn vị tính này.',
    'direction-range': 'Chiều đánh giá phải là tăng là tốt (up) hoặc giảm là tốt (down).',
    'decimals-range': 'Số chữ số thập phân là số nguyên từ 0 đến 6.',
    'unit-for-kind': 'Đơn vị tính không hợp với loại chỉ tiêu: tỷ lệ tính bằng %, thứ hạng bằng vị trí, nhiệm vụ không có đơn vị.',
    'direction-for-kind': 'Thứ hạng càng thấp càng tốt: chiều đánh giá phải là giảm là tốt.',
    'aggregation-for-kind': 'Cách tổng hợp từ cấp xã không hợp: cộng tử số và mẫu số chỉ cho chỉ tiêu tỷ lệ, cộng giá trị chỉ cho số đếm hoặc tỷ đồng.',
    'series-locked':
      'Chỉ tiêu đã có số liệu (đã công bố hoặc đang chờ duyệt) nên không thể đổi loại hoặc đơn vị tính. Hãy tạo chỉ tiêu mới nối tiếp chuỗi số liệu này (continues), hai chỉ tiêu sẽ được liên kết và ghi rõ điểm gãy chuỗi.',
    'stale-version': 'Đã có người thay đổi trước bạn; hãy tải lại.',
    'unsupported-file': 'Loại tệp không được hỗ trợ.',
    'source-cited':
      'Số liệu hoặc mục tiêu đã công bố trích dẫn văn bản này, nên không thể đính kèm hay thay tệp của nó. Hãy thêm văn bản nguồn mới kèm tệp và trích dẫn văn bản đó trong một bản điều chỉnh số liệu.',
    'org-unit-code-format': 'Mã đơn vị: chữ thường không dấu, số và gạch ngang, ví dụ tam-thanh.',
    'org-unit-taken': 'Đã có đơn vị mang mã này.',
    'unknown-org-unit': 'Không có đơn vị hành chính này.',
    'org-unit-cycle': 'Đơn vị không thể trực thuộc chính nó hoặc một đơn vị cấp dưới của nó.',
    'org-unit-in-use': 'Đơn vị đã có số liệu, mục tiêu, đơn vị trực thuộc hoặc đơn vị kế thừa, nên không thể xóa.',
    'dates-out-of-order': 'Ngày kết thúc không được trước ngày bắt đầu.',
    'org-unit-not-in-year': 'Đơn vị này không tồn tại trong năm của số liệu.',
    'indicator-has-no-units': 'Chỉ tiêu này chỉ có số liệu cấp tỉnh (định nghĩa không tổng hợp từ xã, phường).',
    duplicate: 'Trùng với một dòng trước.',
    'sheet-missing': 'Thiếu trang tính này.',
    'column-missing': 'Thiếu cột này ở dòng tiêu đề.',
    'too-many': 'Quá nhiều dòng.',
  },
  en: {
    required: 'Required.',
    invalid: 'Invalid value.',
    'username-format': 'Usernames are 3–32 characters: lower-case letters, digits, dot, hyphen, underscore.',
    'password-too-short': 'Passwords need at least 10 characters.',
    'password-too-long': 'Passwords are at most 200 characters.',
    'number-required': 'Enter a number.',
    'integer-required': 'Enter a whole number.',
    'non-negative': 'Cannot be negative.',
    positive: 'Must be greater than 0.',
    'too-large': 'Number too large.',
    'too-long': 'Too long.',
    'percent-range': 'A percentage is between 0 and 100.',
    'numerator-exceeds-denominator': 'The numerator cannot exceed the denominator.',
    'rank-range': 'A rank is between 1 and the number ranked.',
    'source-required': 'Pick or add the source document.',
    'year-range': 'Not a valid year (not before 2000, not after the current year).',
    'nothing-to-change': 'Nothing to change.',
    'unknown-source': 'No such source document.',
    'unknown-indicator': 'No such indicator.',
    'kind-mismatch': 'This indicator takes another kind of figure.',
    'username-taken': 'That username is taken.',
    'wrong-password': 'The current password is wrong.',
    'own-account': 'You cannot disable or demote your own account.',
    'code-format': 'Indicator codes are 2–80 characters: lower-case letters and digits joined by single hyphens (e.g. online-dossiers-rate).',
    'code-taken': 'An indicator with this code exists.',
    'series-continued': 'Another indicator already continues this series.',
    'unknown-kind': 'Not a kind of indicator (ratio, value, rank, milestone).',
    'rank-reading': 'A rank target is read as a position or as a share of those ranked.',
    'rank-reading-rank-only': 'Only a rank indicator’s target is read as a position or a share.',
    'unknown-group': 'No such indicator group.',
    'group-code-format': 'Group codes are 2–40 characters: lower-case letters and digits joined by single hyphens (e.g. digital-government).',
    'group-taken': 'A group with this code exists.',
    'order-range': 'The order is a whole number from 0 to 100,000.',
    'unknown-unit': 'No such unit.',
    'direction-range': 'The direction is up (higher is better) or down (lower is better).',
    'decimals-range': 'Decimals are a whole number from 0 to 6.',
    'unit-for-kind': 'The unit does not fit the kind: ratios are in percent, ranks in positions, milestones have none.',
    'direction-for-kind': 'A lower rank is better: the direction is down.',
    'aggregation-for-kind':
      'The rule from communes does not fit: summing numerators and denominators is for ratios, summing values for counts and VND amounts.',
    'series-locked':
      'This indicator has figures (published or awaiting approval), so its kind and unit cannot change. Start a new indicator that continues its series (continues): both are linked and show the series break.',
    'stale-version': 'Someone changed it before you; reload.',
    'unsupported-file': 'This kind of file is not supported.',
    'source-cited':
      'Published figures or targets cite this document, so its file can no longer be attached or replaced. Add a new source with the file and cite it in a correction.',
    'org-unit-code-format': 'Unit codes are lower-case letters without diacritics, digits and hyphens, e.g. tam-thanh.',
    'org-unit-taken': 'A unit with this code exists.',
    'unknown-org-unit': 'No such administrative unit.',
    'org-unit-cycle': 'A unit cannot belong to itself or to one of its own units.',
    'org-unit-in-use': 'The unit has figures, targets, units under it or a successor, so it cannot be deleted.',
    'dates-out-of-order': 'The end date cannot be before the start date.',
    'org-unit-not-in-year': 'This unit did not exist in the figure’s year.',
    'indicator-has-no-units': 'This indicator has province figures only (its definition does not build it from communes and wards).',
    duplicate: 'Repeats an earlier row.',
    'sheet-missing': 'This sheet is missing.',
    'column-missing': 'This column is missing from the header row.',
    'too-many': 'Too many rows.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type ValidationMessageKey = keyof (typeof validationMessages)['vi'];

/**
 * The message for a key. Text that is no key (a library's own message) is returned as it is where
 * `fallback` is 'as-is' (API callers learn more from it), or as the generic "invalid" (forms).
 */
export function validationMessage(key: string, locale: Locale, fallback: 'as-is' | 'generic' = 'generic'): string {
  const messages: Record<string, string> = validationMessages[locale];
  return messages[key] ?? (fallback === 'as-is' ? key : messages.invalid!);
}
