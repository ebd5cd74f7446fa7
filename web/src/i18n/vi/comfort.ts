/** Night mode, text size and the skip link (`t.comfort`). */
export const viComfort = {
  skipToContent: 'Bỏ qua, đến nội dung chính',
  display: 'Hiển thị',
  night: 'Chế độ tối',
  textSize: 'Cỡ chữ',
  sizes: {
    small: { mark: 'A−', name: 'Giảm cỡ chữ' },
    normal: { mark: 'A', name: 'Cỡ chữ mặc định' },
    large: { mark: 'A+', name: 'Tăng cỡ chữ' },
  },
};
