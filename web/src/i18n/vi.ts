import type { Comparator, IndicatorGroup, MilestoneState, Status, StatusReason } from '@kpi/shared';

/**
 * Vietnamese, the default language. Numbers arrive already formatted (through @kpi/shared);
 * years are passed as they are, never grouped ("2020", not "2.020").
 */
export const vi = {
  app: {
    heading: (province: string) => `Chỉ tiêu Thông tin và Truyền thông tỉnh ${province}`,
    documentTitle: (province: string) => `Chỉ tiêu Thông tin và Truyền thông – ${province}`,
  },
  header: {
    year: 'Năm',
    language: 'Ngôn ngữ',
  },
  overview: {
    heading: (year: number) => `Kết quả năm ${year}`,
    updatedAt: (when: string) => `Dữ liệu cập nhật lúc ${when}`,
    refreshing: 'Đang tải số liệu năm mới…',
    statusSummary: 'Tổng hợp trạng thái các chỉ tiêu',
    groupCount: (count: string) => `${count} chỉ tiêu`,
  },
  status: {
    achieved: 'Đạt mục tiêu',
    'on-track': 'Đúng tiến độ',
    'at-risk': 'Cần đẩy nhanh',
    'off-track': 'Chậm tiến độ',
    'no-target': 'Chưa có mục tiêu',
    'no-data': 'Chưa có số liệu',
  } satisfies Record<Status, string>,
  /** Why the badge has its colour, in a phrase (the badge's tooltip). */
  statusReason: {
    'no-figure': 'Chưa có số liệu nào đến năm này.',
    'no-target': 'Chưa có văn bản đặt mục tiêu cho chỉ tiêu này.',
    'target-met': 'Số liệu mới nhất đã đạt mục tiêu.',
    'target-year-passed': 'Đã đến năm mục tiêu mà chưa đạt.',
    'single-figure': 'Mới có một số liệu, chưa đủ để đánh giá xu hướng.',
    'already-met-at-base': 'Từng đạt mục tiêu nhưng số liệu mới nhất không còn đạt.',
    'progress-ratio': 'So sánh mức tăng thực tế mỗi năm với mức cần đạt mỗi năm.',
    'milestone-done': 'Nhiệm vụ đã hoàn thành.',
    'milestone-in-progress': 'Nhiệm vụ đang thực hiện, chưa quá hạn.',
    'milestone-overdue': 'Nhiệm vụ đã quá hạn.',
    'milestone-not-started': 'Nhiệm vụ chưa bắt đầu.',
  } satisfies Record<StatusReason, string>,
  groups: {
    'e-government': 'Chính quyền điện tử',
    'digital-transformation': 'Chuyển đổi số',
    'digital-economy': 'Kinh tế số',
    'digital-society': 'Xã hội số',
    telecoms: 'Viễn thông, Internet',
    press: 'Báo chí, xuất bản',
  } satisfies Record<IndicatorGroup, string>,
  comparator: { gte: '≥', lte: '≤', eq: '=' } satisfies Record<Comparator, string>,
  milestone: {
    'not-started': 'Chưa bắt đầu',
    'in-progress': 'Đang thực hiện',
    done: 'Đã hoàn thành',
  } satisfies Record<MilestoneState, string>,
  card: {
    figureOfYear: (year: number) => `Số liệu năm ${year}`,
    asOf: (date: string) => `tính đến ${date}`,
    noFigure: 'Chưa có số liệu',
    target: (value: string, year: number) => `Mục tiêu ${value} (${year})`,
    noTarget: 'Chưa có văn bản đặt mục tiêu',
    nationalScope: 'Chỉ tiêu cả nước, để tham khảo',
    showRatio: 'Xem tử số / mẫu số',
    hideRatio: 'Ẩn tử số / mẫu số',
    ratio: 'Tử số / mẫu số',
    published: 'Số công bố',
    publishedText: 'Nguyên văn trong nguồn',
    source: 'Nguồn',
  },
  change: {
    placesUp: (places: string, year: number) => `↑ ${places} bậc so với ${year}`,
    placesDown: (places: string, year: number) => `↓ ${places} bậc so với ${year}`,
    placesSame: (year: number) => `Giữ nguyên thứ hạng so với ${year}`,
    points: (signed: string, year: number) => `${signed} điểm % so với ${year}`,
    value: (signed: string, year: number) => `${signed} so với ${year}`,
    unchanged: (year: number) => `Không đổi so với ${year}`,
    better: 'tốt lên',
    worse: 'giảm sút',
  },
  quality: {
    label: 'Cảnh báo chất lượng dữ liệu',
    publishedMismatch: (published: string, computed: string) =>
      `Số công bố ${published} khác số tính từ tử/mẫu ${computed}`,
    rankScaleChanged: (from: string, to: string) => `Số tỉnh, thành phố được xếp hạng đổi từ ${from} sang ${to}`,
  },
  chart: {
    loading: 'Đang tải biểu đồ…',
    label: (name: string) => `Biểu đồ theo năm: ${name}`,
    caption: (name: string) => `Số liệu theo năm: ${name}`,
    year: 'Năm',
    value: 'Số liệu',
    target: 'Mục tiêu',
    expected: 'Lộ trình cần đạt',
    rank: (position: string) => `Hạng ${position}`,
    empty: '—',
  },
  states: {
    loading: 'Đang tải số liệu…',
    errorTitle: 'Không tải được số liệu',
    errorHint: 'Kiểm tra kết nối mạng rồi thử lại.',
    errorDetail: (code: string, message: string) => `Chi tiết: ${message} (${code})`,
    retry: 'Thử lại',
    emptyTitle: 'Chưa có chỉ tiêu nào',
    emptyHint: 'Khi chỉ tiêu và số liệu được nhập, chúng sẽ hiện ở đây.',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    hint: 'Địa chỉ này không có trong ứng dụng.',
    back: 'Về trang tổng quan',
  },
};

/** The shape every language must fill: English is typed against it, so a missing key fails `tsc`. */
export type Dictionary = typeof vi;
