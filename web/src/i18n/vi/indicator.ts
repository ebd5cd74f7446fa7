import type { SourceKind } from '@kpi/shared';

/**
 * Vietnamese words of the overview's section of key tasks (`t.milestones`) and of the kinds of
 * source document, in the app's dictionary (the indicator page's own are in indicator-page.ts,
 * which only that page's chunk carries). The wording follows the report's
 * own ("nhiệm vụ trọng tâm năm 2021", "tăng 24 bậc", "hoàn thành vượt mức kế hoạch").
 */
export const viIndicator = {
  milestones: {
    heading: 'Nhiệm vụ trọng tâm',
    hint: 'Các nhiệm vụ theo dõi bằng tình trạng và hạn hoàn thành, bên cạnh các chỉ tiêu định lượng.',
    count: (count: string) => `${count} nhiệm vụ`,
    due: (date: string) => `Hạn: ${date}`,
    doneOn: (date: string) => `Hoàn thành: ${date}`,
    reported: (date: string) => `Cập nhật: ${date}`,
    overdue: (date: string) => `Quá hạn ${date}, chưa báo hoàn thành`,
    open: (name: string) => `Xem chi tiết: ${name}`,
  },
  sourceKinds: {
    resolution: 'Nghị quyết',
    decision: 'Quyết định',
    plan: 'Kế hoạch',
    scheme: 'Đề án',
    directive: 'Chỉ thị, chỉ đạo',
    report: 'Báo cáo',
    ranking: 'Bảng xếp hạng',
    news: 'Tin bài',
  } satisfies Record<SourceKind, string>,
};
