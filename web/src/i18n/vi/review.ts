/** Vietnamese words of the yearly review page (`t.review`), kept apart for size. */
export const viReview = {
  documentTitle: (year: number) => `Báo cáo kết quả năm ${year}`,
  draftNote: 'Bản dự thảo lập tự động từ số liệu đã phê duyệt; mỗi số liệu ghi nguồn theo số thứ tự trong ngoặc vuông.',
  actions: 'Thao tác với báo cáo',
  download: 'Tải về .docx',
  downloadHint: 'Tệp Word, khổ A4, theo thể thức Nghị định 30/2020/NĐ-CP',
  downloadPdf: 'Tải về .pdf',
  downloadPdfHint: 'Tệp PDF, khổ A4, theo thể thức Nghị định 30/2020/NĐ-CP',
  print: 'In',
  readAloud: 'Đọc to',
  pause: 'Tạm dừng',
  resume: 'Đọc tiếp',
  stop: 'Dừng đọc',
  reading: 'Đang đọc báo cáo…',
  paused: 'Đã tạm dừng.',
  noVoice:
    'Trình duyệt này chưa có giọng đọc tiếng Việt nên chưa đọc to được. Có thể cài thêm giọng đọc tiếng Việt trong cài đặt của hệ điều hành, hoặc dùng Microsoft Edge hay Google Chrome.',
  noSpeech: 'Trình duyệt này không hỗ trợ đọc to.',
  caveats: 'Lưu ý về chất lượng số liệu',
  sources: 'Nguồn số liệu',
  /** The screen reader's name of a "[1]" reference. */
  refLabel: (n: number) => `nguồn ${n}`,
  openSource: 'Mở văn bản',
  generatedAt: (when: string) => `Lập lúc ${when}`,
};
