import { viScreenPairing } from './screen-pairing';

/** Vietnamese words of the meeting-room screen. */
export const viScreen = {
  screen: {
    pairing: viScreenPairing,
    clock: 'Ngoài giờ trình chiếu: đồng hồ',
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
    units: {
      title: (name: string, year: number) => `${name} theo xã, phường – năm ${year}`,
      titleDistricts: (name: string, year: number) => `${name} theo huyện, thành phố – năm ${year}`,
      reported: (reported: string, expected: string) => `${reported} trên ${expected} xã, phường đã báo cáo`,
      reportedDistricts: (reported: string, expected: string) => `${reported} trên ${expected} huyện, thành phố đã báo cáo`,
      order: 'Đơn vị chậm nhất ở trên cùng',
      provinceTarget: (target: string) => `Mục tiêu của tỉnh: ${target}`,
      none: (year: number) => `Chưa có đơn vị nào báo cáo số liệu năm ${year}.`,
      rest: (count: string) => `${count} đơn vị đã báo cáo khác xếp sau`,
      missing: (count: string) => `${count} đơn vị chưa báo cáo`,
      ownTarget: (target: string) => `Mục tiêu riêng ${target}`,
    },
  },
};
