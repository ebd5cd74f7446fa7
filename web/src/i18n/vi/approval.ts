/** Vietnamese words of the approval queue. */
export const viApproval = {
  approval: {
    title: 'Duyệt số liệu',
    hint: 'Bản nháp chờ duyệt, cũ nhất trước. Công bố để số liệu hiện lên trang tổng quan, hoặc trả lại kèm lý do.',
    empty: 'Không có bản nháp nào chờ duyệt.',
    itemTitle: (name: string, year: number) => `${name} – năm ${year}`,
    author: 'Người nhập',
    authorAt: (user: string, when: string) => `${user}, ${when}`,
    warnings: 'Cảnh báo đã xác nhận',
    noWarnings: 'Không có',
    open: 'Mở trang nhập số liệu',
    publish: 'Công bố',
    return: 'Trả lại',
    ownDraft: 'Bạn không thể công bố bản nháp do chính mình nhập; cần một người duyệt khác.',
    comment: 'Lý do trả lại (bắt buộc)',
    sendBack: 'Gửi trả lại',
    stale: 'Bản nháp này vừa được người khác duyệt hoặc sửa; danh sách đã được tải lại.',
  },
};
