import { formatNumber, type StatusResult } from '@kpi/shared';
import type { DigestItem } from './digest.js';

/**
 * The words of every message, in Vietnamese: no account records a language yet, and Vietnamese is
 * the app's first language. Plain text, so any mail client shows it as written; NFC so that the
 * diacritics are the same characters whatever typed them.
 */
export interface MailText {
  subject: string;
  text: string;
}

const SIGNATURE = '\n\n—\nThư tự động từ hệ thống theo dõi chỉ tiêu CNTT. Tắt thông báo tại trang tài khoản của bạn: ';

const nfc = ({ subject, text }: MailText): MailText => ({ subject: subject.normalize('NFC'), text: text.normalize('NFC') });

/** "Tỷ lệ … năm 2024" with the unit's name when the figure is a commune's or ward's. */
export function figureName(name: string, year: number, unitName: string | null): string {
  return `${name} năm ${year}${unitName ? ` (${unitName})` : ''}`;
}

/** A meeting-room screen has shown nothing for longer than SCREEN_DARK_AFTER_MINUTES: to the admin who set it up. */
export function screenDarkMail(input: { screenName: string; minutes: number; lastSeen: string; link: string; accountLink: string }): MailText {
  return nfc({
    subject: `Màn hình không hoạt động: ${input.screenName}`,
    text:
      `Màn hình “${input.screenName}” đã mất kết nối hơn ${formatNumber(input.minutes, 'vi')} phút (lần cuối lúc ${input.lastSeen}).\n\n` +
      `Kiểm tra máy chiếu, TV hoặc mạng của phòng họp; trạng thái từng màn hình có tại: ${input.link}` +
      SIGNATURE +
      input.accountLink,
  });
}

export function draftReturnedMail(input: {
  indicatorName: string;
  year: number;
  unitName: string | null;
  approver: string;
  comment: string;
  link: string;
  accountLink: string;
}): MailText {
  const what = figureName(input.indicatorName, input.year, input.unitName);
  return nfc({
    subject: `Số liệu bị trả lại: ${what}`,
    text:
      `Bản nháp số liệu của bạn cho ${what} đã được ${input.approver} trả lại để chỉnh sửa.\n\n` +
      `Ý kiến của người phê duyệt:\n${input.comment}\n\n` +
      `Sửa và gửi lại tại: ${input.link}` +
      SIGNATURE +
      input.accountLink,
  });
}

export function offTrackMail(input: { indicatorName: string; year: number; status: StatusResult; link: string; accountLink: string }): MailText {
  const ratio = input.status.explanation.ratio;
  const why = ratio === null ? '' : `\nTỷ lệ tiến độ thực tế so với yêu cầu: ${formatNumber(ratio, 'vi', 2)} (dưới 0,5 là chậm tiến độ).`;
  return nfc({
    subject: `Chỉ tiêu chậm tiến độ: ${input.indicatorName} năm ${input.year}`,
    text:
      `Sau khi số liệu mới được phê duyệt, chỉ tiêu ${input.indicatorName} năm ${input.year} chuyển sang trạng thái "Chậm tiến độ".${why}\n\n` +
      `Xem chi tiết và lý do: ${input.link}` +
      SIGNATURE +
      input.accountLink,
  });
}

/** The day's digest; the caller sends it only when there are items. */
export function digestMail(input: { date: string; items: readonly DigestItem[]; accountLink: string }): MailText {
  const lines = input.items.map((item) => `• ${item.text}\n  ${item.link}`);
  const [y, m, d] = input.date.split('-');
  return nfc({
    subject: `Việc cần làm ngày ${d}/${m}/${y}: ${formatNumber(input.items.length, 'vi')} mục`,
    text: `Những việc đang chờ bạn trong hệ thống theo dõi chỉ tiêu CNTT:\n\n${lines.join('\n\n')}` + SIGNATURE + input.accountLink,
  });
}

export function testMail(input: { admin: string; link: string }): MailText {
  return nfc({
    subject: 'Thư thử nghiệm từ hệ thống theo dõi chỉ tiêu CNTT',
    text: `Thư này do ${input.admin} gửi từ trang cài đặt để kiểm tra cấu hình thư điện tử. Nếu bạn đọc được tiếng Việt có dấu đúng ở đây, việc gửi thư đã hoạt động.\n\nTrang quản trị: ${input.link}`,
  });
}
