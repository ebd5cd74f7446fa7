/** Vietnamese words of the meeting-room screen. */
export const viScreen = {
  screen: {
    loading: 'Đang tải số liệu…',
    connecting: 'Đang kết nối tới máy chủ…',
    offline: 'Mất kết nối',
    dataAsOf: (when: string) => `dữ liệu cập nhật lúc ${when}`,
    disabledTitle: 'Màn hình đã bị vô hiệu hóa',
    disabledHint: 'Đường dẫn của màn hình này không còn hiệu lực. Vui lòng liên hệ quản trị viên để được cấp đường dẫn mới.',
    screenId: (id: string) => `Màn hình số ${id}`,
    headline: (year: number) => `Kết quả nổi bật năm ${year}`,
    group: (name: string, year: number) => `${name} – năm ${year}`,
    others: (count: string) => `Các chỉ tiêu khác (${count})`,
    updatedAt: (when: string) => `Dữ liệu cập nhật lúc ${when}`,
    approvedAt: (when: string) => `duyệt lúc ${when}`,
    progress: (position: string, count: string) => `Trang ${position} trên ${count}`,
  },
};
