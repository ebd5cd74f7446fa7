import type { FileRowStatus } from '@kpi/shared';

/**
 * Vietnamese words of a file's dry run where each row is new, changed, unchanged or refused (the
 * organisation units, the ranking tables): `t.filePlan`, one wording for both.
 */
export const viFilePlan = {
  filePlan: {
    counts: 'Số dòng theo kết quả',
    count: {
      new: (n: string) => `${n} mới`,
      changed: (n: string) => `${n} thay đổi`,
      unchanged: (n: string) => `${n} không đổi`,
      refused: (n: string) => `${n} bị từ chối`,
    } satisfies Record<FileRowStatus, (n: string) => string>,
    status: { new: 'Mới', changed: 'Thay đổi', unchanged: 'Không đổi', refused: 'Bị từ chối' } satisfies Record<FileRowStatus, string>,
    caption: (rows: string) => `Các dòng của tệp (${rows} dòng)`,
    row: 'Dòng',
    result: 'Kết quả',
    details: 'Chi tiết',
    empty: '(trống)',
    showUnchanged: (n: string) => `Hiện cả ${n} dòng không đổi`,
  },
};
