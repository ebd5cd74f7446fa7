import type { SeedIndicator } from './types.js';

/**
 * Published figures and official targets of the catalogue of public figures that carry a source. Skipped as
 * unverified: the 12.52 % digital-economy share (its data year is not known).
 */
const pct = { kind: 'value', direction: 'up', unit: 'percent', decimals: 1 } as const;
const rank = { kind: 'rank', direction: 'down', unit: 'position', decimals: 0 } as const;

export const catalogueIndicators: SeedIndicator[] = [
  {
    code: 'dti-rank',
    nameVi: 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)',
    nameEn: 'Provincial digital transformation index (DTI) rank',
    definitionVi: 'Chỉ số DTI thay thế xếp hạng Chính phủ điện tử từ năm dữ liệu 2020.',
    definitionEn: 'The DTI replaced the e-government ranking from data year 2020.',
    group: 'digital-transformation',
    ...rank,
    figures: [
      {
        year: 2020,
        source: 'baolangson-dti-2020',
        position: 16,
        outOf: 63,
        note: 'Trụ cột: chính quyền số 18, kinh tế số 8, xã hội số 24.',
        noteEn: 'Pillars: digital government 18, digital economy 8, digital society 24.',
      },
      { year: 2021, source: 'stttt-dti-2021', position: 5, outOf: 63 },
      { year: 2022, source: 'dti-2022', position: 6, outOf: 63 },
    ],
    targets: [
      {
        year: 2025,
        value: 10,
        comparator: 'lte',
        outOf: 63,
        // "Giữ vững vị trí trong nhóm 10 tỉnh dẫn đầu": a place among the leaders, whatever the number ranked.
        reading: 'position',
        source: 'vietnamnet-dx-2025',
        note: 'Giữ vững nhóm 10 tỉnh dẫn đầu (kế hoạch lập khi cả nước có 63 tỉnh, thành phố).',
        noteEn: 'Stay among the 10 leading provinces (a plan made when the country had 63 provinces and cities).',
      },
    ],
  },
  {
    code: 'ict-index-rank',
    nameVi: 'Xếp hạng Vietnam ICT Index',
    nameEn: 'Vietnam ICT Index rank',
    group: 'digital-transformation',
    ...rank,
    figures: [
      { year: 2016, source: 'ict-index-stttt', position: 61, outOf: 63 },
      { year: 2017, source: 'ict-index-stttt', position: 58, outOf: 63 },
      { year: 2018, source: 'ict-index-stttt', position: 32, outOf: 63 },
    ],
    targets: [],
  },
  {
    code: 'online-dossiers-rate',
    nameVi: 'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến',
    nameEn: 'Administrative dossiers handled online',
    group: 'e-government',
    ...pct,
    figures: [],
    targets: [{ year: 2020, value: 20, comparator: 'gte', source: '17/NQ-CP' }],
  },
  {
    code: 'national-portal-integration-rate',
    nameVi: 'Tỷ lệ dịch vụ công mức độ 3, 4 tích hợp với Cổng Dịch vụ công quốc gia',
    nameEn: 'Level 3/4 services integrated with the National Public Service Portal',
    group: 'e-government',
    ...pct,
    figures: [],
    targets: [{ year: 2020, value: 30, comparator: 'gte', source: '17/NQ-CP' }],
  },
  {
    code: 'eid-authentication-rate',
    nameVi: 'Tỷ lệ người dân, doanh nghiệp được xác thực định danh điện tử',
    nameEn: 'Citizens and firms with e-ID authentication in e-government systems',
    group: 'e-government',
    ...pct,
    figures: [],
    targets: [
      { year: 2020, value: 20, comparator: 'gte', source: '17/NQ-CP' },
      { year: 2025, value: 40, comparator: 'gte', source: '17/NQ-CP' },
    ],
  },
  {
    code: 'multichannel-services-rate',
    nameVi: 'Tỷ lệ dịch vụ công trực tuyến cung cấp trên nhiều phương tiện, kể cả thiết bị di động',
    nameEn: 'Online public services on several channels, mobile included',
    group: 'e-government',
    ...pct,
    figures: [],
    targets: [{ year: 2025, value: 80, comparator: 'gte', source: '749/QD-TTg' }],
  },
  {
    code: 'online-work-files-provincial-rate',
    nameVi: 'Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng cấp tỉnh',
    nameEn: 'Work files handled online, provincial level',
    group: 'e-government',
    ...pct,
    figures: [],
    targets: [{ year: 2025, value: 90, comparator: 'gte', source: '749/QD-TTg' }],
  },
  {
    code: 'online-work-files-district-rate',
    nameVi: 'Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng cấp huyện',
    nameEn: 'Work files handled online, district level',
    group: 'e-government',
    ...pct,
    figures: [],
    targets: [
      {
        year: 2025,
        value: 80,
        comparator: 'gte',
        source: '749/QD-TTg',
        note: 'Cấp huyện kết thúc hoạt động từ tháng 7/2025.',
        noteEn: 'The district level ceased to exist from July 2025.',
      },
    ],
  },
  {
    code: 'online-work-files-commune-rate',
    nameVi: 'Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng cấp xã',
    nameEn: 'Work files handled online, commune level',
    group: 'e-government',
    ...pct,
    figures: [],
    targets: [{ year: 2025, value: 60, comparator: 'gte', source: '749/QD-TTg' }],
  },
  {
    code: 'digital-economy-grdp-share',
    nameVi: 'Tỷ trọng kinh tế số trong GRDP',
    nameEn: 'Digital economy share of GRDP',
    group: 'digital-economy',
    ...pct,
    decimals: 2,
    figures: [],
    targets: [
      { year: 2022, value: 10, comparator: 'gte', source: '131/KH-UBND' },
      { year: 2025, value: 20, comparator: 'gte', source: '131/KH-UBND', note: 'Khoảng 20%.', noteEn: 'About 20%.' },
      { year: 2030, value: 30, comparator: 'gte', source: '131/KH-UBND', note: 'Khoảng 30%.', noteEn: 'About 30%.' },
    ],
  },
  {
    code: 'ecommerce-retail-share',
    nameVi: 'Tỷ trọng thương mại điện tử trong tổng mức bán lẻ',
    nameEn: 'E-commerce share of retail sales',
    group: 'digital-economy',
    ...pct,
    figures: [],
    targets: [
      { year: 2022, value: 7, comparator: 'gte', source: '131/KH-UBND' },
      { year: 2025, value: 10, comparator: 'gte', source: '131/KH-UBND', note: 'Trên 10%.', noteEn: 'Over 10%.' },
    ],
  },
  {
    code: 'fibre-broadband-households-rate',
    nameVi: 'Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang',
    nameEn: 'Households with fibre broadband',
    group: 'telecoms',
    ...pct,
    figures: [],
    targets: [
      { year: 2022, value: 75, comparator: 'gte', source: '131/KH-UBND' },
      { year: 2025, value: 80, comparator: 'gte', source: '131/KH-UBND' },
    ],
  },
  {
    code: 'national-digital-economy-gdp-share',
    nameVi: 'Tỷ trọng kinh tế số trong GDP cả nước',
    nameEn: 'Digital economy share of national GDP',
    group: 'digital-economy',
    scope: 'national',
    ...pct,
    figures: [],
    targets: [
      { year: 2025, value: 20, comparator: 'gte', source: '749/QD-TTg' },
      { year: 2030, value: 30, comparator: 'gte', source: '411/QD-TTg' },
    ],
  },
];
