/** Vietnamese words of a device waiting to be paired with a screen (`t.screen.pairing`), read across a room. */
export const viScreenPairing = {
  title: 'Ghép nối màn hình',
  codeLabel: 'Mã ghép nối',
  step1: 'Trên máy tính của quản trị viên, mở trang Màn hình phòng họp (hoặc quét mã QR).',
  step2: 'Nhập mã này và chọn màn hình cần hiển thị.',
  expires: (when: string) => `Mã có hiệu lực đến ${when}; hết hạn sẽ tự đổi mã mới.`,
  qr: 'Mã QR mở trang ghép nối của quản trị viên',
  asking: 'Đang lấy mã ghép nối…',
  waiting: 'Đang chờ máy chủ cấp mã ghép nối…',
};
