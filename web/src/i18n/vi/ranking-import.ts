/** Vietnamese words of the page that imports a provincial ranking table (`t.rankingImport`), for approvers. */
export const viRankingImport = {
  rankingImport: {
    title: 'Nhập bảng xếp hạng DTI các tỉnh, thành phố',
    hint: 'Chép các dòng của bảng xếp hạng do Bộ công bố vào mẫu, rồi gửi tệp để kiểm tra. Chỉ khi bạn bấm “Nhập”, các dòng mới và thay đổi mới được ghi, tất cả cùng lúc; còn một dòng bị từ chối thì không dòng nào được ghi.',
    templateTitle: '1. Tải mẫu',
    templateHint:
      'Mỗi dòng một tỉnh, thành phố trong một năm; bắt buộc có Tỉnh, thành phố, Năm và Xếp hạng. Tên tỉnh có dấu hay không dấu đều được. Điểm ghi như Bộ công bố (0,6077).',
    templateCsv: 'Tải mẫu CSV (UTF-8)',
    uploadTitle: '2. Gửi tệp để kiểm tra',
    file: 'Tệp bảng xếp hạng (.xlsx hoặc .csv)',
    source: 'Văn bản nguồn của các dòng không ghi mã nguồn',
    sourceNone: '— Mỗi dòng tự ghi mã nguồn —',
    planTitle: '3. Kết quả kiểm tra',
    province: 'Tỉnh, thành phố',
    year: 'Năm',
    rank: 'Xếp hạng',
    noneToShow: 'Không có dòng nào cần ghi.',
    refusedHint: 'Hãy sửa các dòng bị từ chối rồi kiểm tra lại: khi còn dòng bị từ chối thì không dòng nào được nhập.',
    nothingToImport: 'Tệp không có dòng mới hay thay đổi.',
    run: (n: string) => `Nhập ${n} dòng`,
    running: 'Đang nhập…',
    done: (added: string, changed: string) => `Đã nhập: ${added} dòng mới, ${changed} dòng thay đổi.`,
    failed: 'Chưa nhập được: không dòng nào được ghi.',
    seeRanks: 'Xem thứ hạng trên trang chỉ tiêu',
  },
};
