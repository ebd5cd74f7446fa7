import type { Locale } from '@kpi/shared';

/** The template's guide sheet, in the analyst's language. */
export const TEMPLATE_GUIDE: Record<Locale, { title: string; lines: readonly string[] }> = {
  vi: {
    title: 'Hướng dẫn',
    lines: [
      'Dòng 1 là tên cột; dòng 2 là tên máy của cột (indicator_code, year…), giữ nguyên để nhập lại. Số liệu bắt đầu từ dòng 3.',
      'Mỗi dòng là một chỉ tiêu trong một năm. Điền các cột theo loại số liệu của chỉ tiêu; dòng để trống số liệu sẽ được bỏ qua.',
      'Đơn vị hành chính: để trống là số liệu của tỉnh; số liệu của xã, phường ghi mã (tan-doan) hoặc tên (Tân Đoàn, Xã Tân Đoàn), không phân biệt hoa thường, có dấu hay không dấu.',
      'Tỷ lệ (ratio): Tử số, Mẫu số, Tỷ lệ công bố (% như nguồn công bố, tuỳ chọn).',
      'Giá trị (value): Giá trị, theo đơn vị của chỉ tiêu. Thứ hạng (rank): Thứ hạng và Trên tổng số.',
      'Nhiệm vụ (milestone): Trạng thái nhiệm vụ (hoàn thành / đang thực hiện / chưa thực hiện) và Ngày hoàn thành.',
      'Nguồn: Mã văn bản nguồn (xem trang "sources") hoặc Số hiệu văn bản (ví dụ 17/NQ-CP). Ngày: 08/06/2021 hoặc 2021-06-08.',
      'Số: số đếm là số nguyên (154.231 = 154231); tỷ lệ nhận 29,71 hoặc 29.71.',
      'Ghi chú: tiếng Việt ở cột Ghi chú, tiếng Anh (tuỳ chọn) ở cột Ghi chú (tiếng Anh).',
      'Nhập khẩu tạo bản nháp; bản nháp chỉ công khai khi được phê duyệt. Hãy chạy thử trước khi nhập.',
    ],
  },
  en: {
    title: 'Guide',
    lines: [
      'Row 1 names the columns; row 2 holds their machine names (indicator_code, year…): keep it to import the file. Figures start on row 3.',
      'One row per indicator and year. Fill the columns of the indicator’s kind of figure; rows left without a figure are skipped.',
      'Administrative unit: empty for the province’s figure; for a commune or ward, its code (tan-doan) or name (Tân Đoàn, Xã Tân Đoàn), in any case, with or without diacritics.',
      'Ratio: Numerator, Denominator, Published rate (the % as the source publishes it, optional).',
      'Value: Value, in the indicator’s unit. Rank: Rank and Out of.',
      'Milestone: Task state (done / in-progress / not-started) and Completion date.',
      'Source: Source document id (see the "sources" sheet) or Document number (e.g. 17/NQ-CP). Dates: 08/06/2021 or 2021-06-08.',
      'Numbers: counts are whole numbers (154.231 = 154231); rates take 29,71 or 29.71.',
      'Notes: Vietnamese in Note (Vietnamese), English (optional) in Note (English).',
      'An import creates drafts, public only once approved. Run a dry run before importing.',
    ],
  },
};
