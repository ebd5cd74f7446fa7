import type { OutsideSchedule } from '@kpi/shared';

/** Vietnamese words of a screen's schedule in the admins' screen editor (`t.screenSchedule`). */
export const viScreenSchedule = {
  screenSchedule: {
    legend: 'Lịch chiếu theo giờ',
    intro:
      'Mỗi khung giờ chiếu các trang riêng vào những ngày và giờ đã chọn, theo giờ Việt Nam (Asia/Ho_Chi_Minh), bất kể múi giờ của máy màn hình. Ngoài các khung giờ, màn hình chiếu các trang trình chiếu ở trên hoặc hiện đồng hồ.',
    outside: 'Ngoài các khung giờ',
    outsideChoices: {
      playlist: 'Chiếu các trang trình chiếu ở trên',
      clock: 'Tắt: hiện đồng hồ mờ với ngày giờ',
    } satisfies Record<OutsideSchedule, string>,
    outsideHint: 'Khi chọn đồng hồ, các trang trình chiếu ở trên vẫn được giữ để dùng lại khi bỏ chọn.',
    none: 'Chưa có khung giờ nào: màn hình chiếu các trang trình chiếu ở trên cả ngày.',
    setNumber: (n: string, name: string) => (name ? `Khung giờ ${n}: ${name}` : `Khung giờ ${n}`),
    /** Read after a control's name, so each set's controls have names of their own. */
    ofSet: (n: string) => ` – khung giờ ${n}`,
    name: 'Tên khung giờ',
    nameHint: 'Ví dụ: Giao ban sáng',
    days: 'Ngày trong tuần',
    start: 'Bắt đầu',
    end: 'Kết thúc',
    timeHint: 'HH:MM, giờ Việt Nam; 24:00 là hết ngày',
    slides: 'Các trang của khung giờ',
    add: 'Thêm khung giờ',
    remove: (n: string) => `Bỏ khung giờ ${n}`,
    newName: 'Giao ban sáng',
  },
};
