import type { SeedIndicator } from './types.js';

/**
 * The figures of the department's review of 2020, figure for figure.
 * Kept as stated: the Bluezone rate is published as 29.71 % although 154,231 / 519,755 is 29.67 %;
 * both stay, and the disagreement is flagged by @kpi/shared's data-quality check.
 */
const REPORT_PARAGRAPH = 'Đoạn "Năm 2020, được sự quan tâm, chỉ đạo…"';

export const reportIndicators: SeedIndicator[] = [
  {
    code: 'bluezone-install-rate',
    nameVi: 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone',
    nameEn: 'Smartphones with the Bluezone app installed',
    definitionVi: 'Số điện thoại thông minh đã cài Bluezone trên tổng số điện thoại thông minh trên địa bàn tỉnh.',
    definitionEn: 'Smartphones with Bluezone installed, of all smartphones in the province.',
    group: 'digital-society',
    kind: 'ratio',
    direction: 'up',
    unit: 'percent',
    decimals: 2,
    figures: [
      {
        year: 2020,
        source: 'report-2020',
        locator: REPORT_PARAGRAPH,
        numerator: 154231,
        denominator: 519755,
        published: 29.71,
        publishedText: '154.231/519.755 smartphone, đạt tỷ lệ 29.71%',
      },
    ],
    targets: [],
  },
  {
    code: 'bluezone-install-rank',
    nameVi: 'Xếp hạng tỷ lệ cài đặt Bluezone toàn quốc',
    nameEn: 'Bluezone install rate, national rank',
    group: 'digital-society',
    kind: 'rank',
    direction: 'down',
    unit: 'position',
    decimals: 0,
    figures: [
      {
        year: 2020,
        source: 'report-2020',
        locator: REPORT_PARAGRAPH,
        position: 9,
        outOf: 63,
        basis: 'derived',
        publishedText: 'xếp thứ 9 trong các tỉnh thành phố có tỷ lệ cài đặt cao nhất cả nước',
        note: 'Báo cáo chỉ nêu thứ hạng; "trên 63" là suy ra (63 tỉnh, thành phố năm 2020).',
        noteEn: 'The report gives only the rank; "of 63" is inferred (63 provinces and cities in 2020).',
      },
    ],
    targets: [],
  },
  {
    code: 'online-services-level4-rate',
    nameVi: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
    nameEn: 'Level-4 online public services',
    definitionVi: 'Số dịch vụ công cung cấp trực tuyến mức độ 4 trên tổng số dịch vụ công của tỉnh.',
    definitionEn: 'Public services offered fully online (level 4), of all the province’s public services.',
    group: 'e-government',
    kind: 'value',
    direction: 'up',
    unit: 'percent',
    decimals: 1,
    figures: [
      {
        year: 2020,
        source: 'report-2020',
        locator: REPORT_PARAGRAPH,
        value: 37.6,
        publishedText: 'đạt 37,6%',
        note: 'Một trong 12 tỉnh và 7 bộ, ngành đầu tiên hoàn thành mục tiêu 30%; vượt kế hoạch.',
        noteEn: 'One of the first 12 provinces and 7 ministries and agencies to reach the 30% target; ahead of plan.',
      },
      {
        year: 2021,
        source: 'khoahocphattrien-2021-06-08',
        asOf: '2021-06-08',
        value: 100,
        publishedText: '100%',
        note: 'Toàn bộ 1.030 dịch vụ ở mức độ 4 (838 cấp tỉnh, 149 cấp huyện, 43 cấp xã); thứ 3 cả nước.',
        noteEn: 'All 1,030 services at level 4 (838 provincial, 149 district, 43 commune); 3rd in the country.',
      },
    ],
    targets: [
      { year: 2020, value: 30, comparator: 'gte', source: '17/NQ-CP', note: 'Giai đoạn 2019 - 2020.', noteEn: 'For the period 2019–2020.' },
      { year: 2021, value: 100, comparator: 'gte', source: 'mic-directive-2021', note: '100% dịch vụ đủ điều kiện.', noteEn: '100% of eligible services.' },
      { year: 2030, value: 100, comparator: 'gte', source: '749/QD-TTg' },
    ],
  },
  {
    code: 'egov-rank',
    nameVi: 'Xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử',
    nameEn: 'E-government (ICT application) ranking',
    definitionVi: 'Xếp hạng do Bộ Thông tin và Truyền thông công bố; báo cáo năm 2020 gọi là xếp hạng xây dựng Chính quyền điện tử.',
    definitionEn: 'Ranking published by the Ministry of Information and Communications; the 2020 report calls it the e-government ranking.',
    group: 'e-government',
    kind: 'rank',
    direction: 'down',
    unit: 'position',
    decimals: 0,
    // The DTI replaced this ranking from data year 2020. This ranking's periods are the years it was
    // announced, and the 2020 report gives 26/63 "announced in 2020" as a 2020 result: so it stays a
    // current result of 2020 and stops from 2021, the first year no e-government ranking was announced.
    replacedBy: { code: 'dti-rank', fromYear: 2021 },
    figures: [
      {
        year: 2017,
        source: 'vinhphuc-egov-2017',
        position: 53,
        outOf: 63,
        note: 'Điểm 0,476. Coi "xếp hạng xây dựng Chính quyền điện tử" của báo cáo là tên gọi ngắn của xếp hạng này.',
        noteEn: 'Score 0.476. The report\'s "ranking of building e-government" is taken to be the short name of this ranking.',
      },
      {
        year: 2019,
        source: 'report-2020',
        locator: REPORT_PARAGRAPH,
        position: 50,
        outOf: 63,
        basis: 'derived',
        note: 'Suy ra từ báo cáo: 26/63 năm 2020, tăng 24 bậc so với năm 2019.',
        noteEn: 'Derived from the report: 26/63 in 2020, up 24 places on 2019.',
      },
      {
        year: 2020,
        source: 'report-2020',
        locator: REPORT_PARAGRAPH,
        position: 26,
        outOf: 63,
        publishedText: 'xếp 26/63 tỉnh, thành phố (tăng 24 bậc so với năm 2019)',
        note: 'Năm 2020 là năm công bố xếp hạng, theo báo cáo.',
        noteEn: '2020 is the year the ranking was published, according to the report.',
      },
    ],
    targets: [],
  },
];
