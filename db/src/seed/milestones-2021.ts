import type { SeedIndicator } from './types.js';

/**
 * The report's tasks for 2021, tracked as milestones. The report names the tasks but states no
 * task's state, so none is `stated`: asking to "complete the pilot" of the provincial information
 * centre and to "speed up" digitisation says both were under way (derived); "deploy" the
 * smart-city centre says nothing of where it stood, so "not started" is assumed. Due by the end of
 * 2021, the year they are set for; analysts update them as news comes.
 */
const TASKS_PARAGRAPH = 'Đoạn "Năm 2021, ngành TT&TT sẽ…" và phát biểu chỉ đạo của Phó Chủ tịch UBND tỉnh';
const task = { group: 'digital-transformation', kind: 'milestone', direction: 'up', unit: 'none', decimals: 0 } as const;
const asReported = { year: 2021, source: 'report-2020', locator: TASKS_PARAGRAPH, asOf: '2021-01-15', milestoneDate: '2021-12-31' };

export const milestoneIndicators: SeedIndicator[] = [
  {
    ...task,
    code: 'smart-city-ioc-pilot',
    nameVi: 'Thí điểm Trung tâm giám sát điều hành đô thị thông minh tại thành phố Lạng Sơn',
    nameEn: 'Pilot smart-city operations centre in Lạng Sơn city',
    targets: [],
    figures: [
      {
        ...asReported,
        milestoneState: 'not-started',
        basis: 'assumed',
        note: 'Nhiệm vụ trọng tâm năm 2021 theo báo cáo tổng kết. Báo cáo không nêu tình trạng: "chưa bắt đầu" là giả định.',
        noteEn: 'A key task for 2021, according to the year-end review report. The report gives no state: "not started" is assumed.',
      },
    ],
  },
  {
    ...task,
    code: 'provincial-information-centre',
    nameVi: 'Trung tâm thông tin phục vụ chỉ đạo điều hành của UBND tỉnh',
    nameEn: 'Provincial information centre for direction and administration',
    targets: [],
    figures: [
      {
        ...asReported,
        milestoneState: 'in-progress',
        basis: 'derived',
        note: 'Hội nghị giao nhiệm vụ hoàn thiện thí điểm trong năm 2021. "Đang thực hiện" suy ra từ yêu cầu hoàn thiện thí điểm; báo cáo không nêu tình trạng.',
        noteEn:
          'The conference set the task of completing the pilot in 2021. "In progress" is inferred from the call to complete the pilot; the report gives no state.',
      },
    ],
  },
  {
    ...task,
    code: 'sector-digitisation',
    nameVi: 'Đẩy nhanh mức độ số hóa ở một số ngành, lĩnh vực',
    nameEn: 'Faster digitisation in some sectors',
    targets: [],
    figures: [
      {
        ...asReported,
        milestoneState: 'in-progress',
        basis: 'derived',
        note: 'Nhiệm vụ năm 2021 theo báo cáo tổng kết. "Đang thực hiện" suy ra từ yêu cầu đẩy nhanh số hóa; báo cáo không nêu tình trạng.',
        noteEn:
          'A task for 2021, according to the year-end review report. "In progress" is inferred from the call to speed up digitisation; the report gives no state.',
      },
    ],
  },
];
