import type { Comparator, IndicatorKind, MilestoneState, StatusReason, Unit } from '@kpi/shared';
import { figureBasisNames, statusNames } from '@kpi/shared';

/**
 * Vietnamese words of the app's shell and of the shared UI (web/src/ui): header, statuses, cards,
 * changes, quality notes, charts, loading states, units, not-found.
 */
export const viCommon = {
  app: {
    heading: (province: string) => `Chỉ tiêu Thông tin và Truyền thông tỉnh ${province}`,
    documentTitle: (province: string) => `Chỉ tiêu Thông tin và Truyền thông – ${province}`,
  },
  notes: {
    /** Beside a note shown in the other language, for want of one in the reader's: named in its own language. */
    inOther: { vi: '(tiếng Việt)', en: '(in English)' },
  },
  header: {
    year: 'Năm',
    language: 'Ngôn ngữ',
    /** The phone's one button for year, language and display. */
    menu: 'Tùy chọn',
  },
  status: statusNames.vi,
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
    'milestone-overdue': 'Đã quá hạn, chưa báo hoàn thành.',
    'milestone-not-started': 'Nhiệm vụ chưa bắt đầu.',
  } satisfies Record<StatusReason, string>,
  comparator: { gte: '≥', lte: '≤', eq: '=' } satisfies Record<Comparator, string>,
  states: {
    loading: 'Đang tải số liệu…',
    errorTitle: 'Không tải được số liệu',
    errorHint: 'Kiểm tra kết nối mạng rồi thử lại.',
    errorDetail: (code: string, message: string) => `Chi tiết: ${message} (${code})`,
    retry: 'Thử lại',
    emptyTitle: 'Chưa có chỉ tiêu nào',
    emptyHint: 'Khi chỉ tiêu và số liệu được nhập, chúng sẽ hiện ở đây.',
  },
  actions: {
    cancel: 'Huỷ',
    failed: 'Không thực hiện được',
  },
  kinds: {
    ratio: 'Tỷ lệ (tử số / mẫu số)',
    value: 'Giá trị',
    rank: 'Xếp hạng',
    milestone: 'Nhiệm vụ, mốc',
  } satisfies Record<IndicatorKind, string>,
  units: {
    percent: '%',
    count: '',
    'vnd-billion': 'tỷ đồng',
    position: '',
    none: '',
  } satisfies Record<Unit, string>,
  figureText: {
    ratio: (rate: string, numerator: string, denominator: string) => `${rate} (${numerator}/${denominator})`,
    withPublished: (text: string, published: string) => `${text}, công bố ${published}`,
    milestoneDated: (state: string, date: string) => `${state} (${date})`,
  },
  notFound: {
    title: 'Không tìm thấy trang',
    hint: 'Địa chỉ này không có trong ứng dụng.',
    back: 'Về trang tổng quan',
  },
  milestone: {
    'not-started': 'Chưa bắt đầu',
    'in-progress': 'Đang thực hiện',
    done: 'Đã hoàn thành',
  } satisfies Record<MilestoneState, string>,
  /** A figure the source does not state as such: the mark's word and its tooltip. */
  basis: {
    ...figureBasisNames.vi,
    derivedHint: 'Nguồn không nêu trực tiếp số này: suy ra từ số liệu nguồn nêu (xem ghi chú).',
    assumedHint: 'Nguồn không nêu số này: đây là giả định (xem ghi chú).',
  },
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
    publishedMismatch: (published: string, computed: string) => `Số công bố ${published} khác số tính từ tử/mẫu ${computed}`,
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
    projection: 'Dự báo theo tốc độ hiện nay',
    projectedValue: (value: string) => `${value} (dự báo)`,
    rank: (position: string) => `Hạng ${position}`,
    empty: '—',
  },
  /** Where an indicator is heading: the projection to its target year, or its trend without a target. */
  outlook: {
    projectedTag: 'Dự báo',
    projection: (year: number, value: string) => `Với tốc độ hiện nay, năm ${year} đạt khoảng ${value}`,
    rankValue: (rank: string) => `hạng ${rank}`,
    heldMax: (bound: string) => `tối đa ${bound}`,
    heldMin: (bound: string) => `tối thiểu ${bound}`,
    heldFirst: 'không thể cao hơn hạng 1',
    heldLast: 'không thể thấp hơn hạng cuối',
    reachedAlready: 'đã đạt mục tiêu',
    reachedIn: (year: number) => `đạt mục tiêu vào năm ${year}`,
    notAtThisPace: 'không đạt với tốc độ này',
    trend: { improving: 'Đang cải thiện', stable: 'Đi ngang', deteriorating: 'Đang xấu đi' },
    growth: (signed: string) => `${signed} mỗi năm`,
    tooFew: 'Chưa đủ số liệu để đánh giá',
  },
};
