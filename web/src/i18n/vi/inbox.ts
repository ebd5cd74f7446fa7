/** Vietnamese words of the inbox and the completeness page. */
export const viInbox = {
  /** The header's links only signed-in users see (their chunk carries these words). */
  staffNav: {
    completeness: 'Mức độ đầy đủ',
    inbox: 'Việc cần làm',
    /** The count of what waits, with the overdue ones named: a word, not a colour. */
    inboxCount: (n: number, overdue: number) => (overdue > 0 ? `${n} việc, ${overdue} quá hạn` : `${n} việc`),
  },
  inbox: {
    title: 'Việc cần làm',
    hint: (days: number) =>
      `Số liệu sắp đến hạn (trong ${days} ngày tới) và quá hạn, bản nháp chờ duyệt hoặc bị trả lại, chỉ tiêu vừa chuyển xấu, hành động sắp đến hạn hoặc quá hạn.`,
    empty: 'Không có việc nào cần làm. Mọi số liệu bạn phụ trách đã đúng hạn.',
    today: (date: string) => `Tính đến ngày ${date}`,
    sections: {
      overdue: 'Quá hạn',
      'due-soon': 'Sắp đến hạn',
      'awaiting-approval': 'Chờ bạn duyệt',
      returned: 'Bị trả lại',
      worsened: 'Tình trạng chuyển xấu',
      'action-due': 'Hành động đến hạn',
    },
    /** The mark before each section's title: the kind is told by word and icon, never by colour alone. */
    icons: { overdue: '⚠', 'due-soon': '⏳', 'awaiting-approval': '✎', returned: '↩', worsened: '↘', 'action-due': '⚑' },
    departmentOverdue: 'Quá hạn – toàn Sở',
    itemTitle: (name: string, year: number) => `${name} – năm ${year}`,
    due: (date: string) => `Hạn nộp ${date}`,
    department: 'Toàn Sở',
    figures: (n: number) => `${n} số liệu chưa công bố`,
    states: { missing: 'chưa nhập', draft: 'chờ duyệt', returned: 'bị trả lại' },
    author: (name: string, when: string) => `Người nhập: ${name}, ${when}`,
    returnedBy: (name: string, when: string) => `Trả lại bởi ${name}, ${when}`,
    noComment: 'Không kèm lý do.',
    worsened: (from: string, to: string) => `Từ “${from}” chuyển sang “${to}”`,
    publishedAt: (when: string) => `Công bố lúc ${when}`,
    action: (who: string, due: string, overdue: boolean) => `${who}, thời hạn ${due}${overdue ? ' – quá hạn' : ''}`,
    open: {
      overdue: 'Nhập số liệu',
      'due-soon': 'Nhập số liệu',
      department: 'Xem mức độ đầy đủ',
      'awaiting-approval': 'Mở hàng chờ duyệt',
      returned: 'Sửa và gửi lại',
      worsened: 'Xem chỉ tiêu',
      'action-due': 'Xem phân tích và hành động',
    },
  },
  completeness: {
    title: 'Mức độ đầy đủ số liệu',
    hint: 'Tỷ lệ số liệu đã công bố trên số liệu phải có của năm: mỗi chỉ tiêu còn theo dõi, cho cấp tỉnh và, với chỉ tiêu tổng hợp từ xã, phường, cho từng đơn vị tồn tại cuối năm. Chậm nhất xếp trước.',
    total: (share: string, published: string, expected: string) => `Toàn tỉnh: ${share} (${published}/${expected} số liệu đã công bố)`,
    byIndicator: 'Theo chỉ tiêu',
    byUnit: 'Theo đơn vị',
    indicator: 'Chỉ tiêu',
    unit: 'Đơn vị',
    share: 'Tỷ lệ đã công bố',
    published: 'Đã công bố',
    expected: 'Phải có',
    missing: 'Còn thiếu',
    noneMissing: 'Đủ',
    moreMissing: (n: number) => `và ${n} đơn vị khác`,
    sortBy: (column: string) => `Sắp xếp theo ${column}`,
  },
};
