/**
 * Vietnamese words of the overview: its heading and summary, and its decision tools (filters, search,
 * the status summary as a filter, and the comparison of two years).
 */
export const viOverview = {
  overview: {
    heading: (year: number) => `Kết quả năm ${year}`,
    updatedAt: (when: string) => `Dữ liệu cập nhật lúc ${when}`,
    refreshing: 'Đang tải số liệu năm mới…',
    statusSummary: 'Tổng hợp trạng thái các chỉ tiêu',
    groupCount: (count: string) => `${count} chỉ tiêu`,
  },
  filters: {
    region: 'Lọc và tìm chỉ tiêu',
    group: 'Lĩnh vực',
    allGroups: 'Tất cả lĩnh vực',
    search: 'Tìm chỉ tiêu',
    searchPlaceholder: 'Ví dụ: dịch vụ công',
    compare: 'So sánh với năm',
    noCompare: 'Không so sánh',
    clear: 'Bỏ lọc',
    statusFilterHint: 'Bấm một trạng thái để chỉ xem các chỉ tiêu có trạng thái đó; bấm lại để bỏ lọc.',
    showing: (shown: string, total: string) => `Đang hiển thị ${shown} trên ${total} chỉ tiêu, xếp chỉ tiêu chậm nhất lên trước.`,
    statusActive: (status: string) => `Chỉ xem: ${status}`,
    noMatch: 'Không có chỉ tiêu nào khớp với bộ lọc.',
    compareHeading: (from: number, to: number) => `So sánh năm ${from} và năm ${to}`,
    compareIndicator: 'Chỉ tiêu',
    compareYear: (year: number) => `Năm ${year}`,
    compareChange: (from: number, to: number) => `Thay đổi ${from} → ${to}`,
    figureOfYear: (figure: string, year: number) => `${figure} (số liệu năm ${year})`,
    noFigure: 'Chưa có số liệu',
    compareLoading: (year: number) => `Đang tải số liệu năm ${year}…`,
    compareFailed: (year: number) => `Không tải được số liệu năm ${year} để so sánh.`,
  },
  unitSwitch: {
    open: 'Xem theo xã, phường',
    label: 'Xã, phường',
    province: 'Toàn tỉnh',
    loading: 'Đang tải danh sách xã, phường…',
    showing: (name: string) => `Đang xem: ${name}`,
    note: 'Chỉ gồm các chỉ tiêu tính từ số liệu của xã, phường. Mục tiêu của tỉnh áp dụng khi xã, phường không có mục tiêu riêng.',
    formedFrom: (name: string, date: string, former: string) =>
      `${name} được thành lập ngày ${date} từ: ${former}. Số liệu các năm trước là tổng số liệu của các đơn vị này ở những năm cộng được, ghi là “Suy ra”.`,
    formedDivided: (name: string, date: string, former: string) =>
      `${name} được thành lập ngày ${date}. Đơn vị cũ ${former} được chia cho nhiều xã, phường nên số liệu các năm trước không cộng được và không hiển thị.`,
    formedUnlisted: (name: string, date: string) =>
      `${name} được thành lập ngày ${date}; chưa ghi các đơn vị trước sắp xếp nên không có số liệu các năm trước.`,
    back: 'Về toàn tỉnh',
  },
};
