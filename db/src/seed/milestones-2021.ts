import type { SeedIndicator } from './types.js';

/**
 * The report's tasks for 2021, tracked as milestones. Their state is what the report says on
 * 15/01/2021: the Vice-Chairman asked to "complete the pilot" of the provincial information centre
 * and to "deploy" the smart-city centre, and the department plans to "speed up" digitisation.
 * Due by the end of 2021, the year they are set for; analysts update them as news comes.
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
        note: 'Nhiệm vụ trọng tâm năm 2021 theo báo cáo tổng kết.',
        noteEn: 'A key task for 2021, according to the year-end review report.',
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
        note: 'Hội nghị giao nhiệm vụ hoàn thiện thí điểm trong năm 2021.',
        noteEn: 'The conference set the task of completing the pilot in 2021.',
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
        note: 'Nhiệm vụ năm 2021 theo báo cáo tổng kết.',
        noteEn: 'A task for 2021, according to the year-end review report.',
      },
    ],
  },
];
