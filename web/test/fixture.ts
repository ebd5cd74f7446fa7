/**
 * Test data built from the real figures of the 2020 review report and the catalogue of public
 * figures. Cards are computed by @kpi/shared's `buildCard`, as the
 * server does, so statuses, changes, flags and trends are the real ones; fixture.test.ts parses
 * the result with `dashboardSchema` so it cannot drift from the contract.
 */
import {
  buildCards,
  catalogueContent,
  countByStatus,
  joinCatalogue,
  type Catalogue,
  type Dashboard,
  type IndicatorData,
  type Overview,
  type Source,
} from '@kpi/shared';
import { indicator, percentShape, rankFigure, rankShape, ratioFigure, target, testGroups, valueFigure } from '@kpi/shared/testing';

let nextSourceId = 1;
function source(number: string | null, title: string, kind: Source['kind'], date: string | null = null): Source {
  return { id: nextSourceId++, number, title, issuer: null, publisher: null, date, kind, url: null, note: null, noteEn: null };
}

export const sources = {
  report2020: source(null, 'Hội nghị tổng kết công tác Thông tin và Truyền thông năm 2020', 'report'),
  nq17: source('17/NQ-CP', 'Nghị quyết về nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử 2019 - 2020', 'resolution', '2019-03-07'),
  micDirective: source(null, 'Chỉ đạo của Bộ TT&TT: 100% dịch vụ công đủ điều kiện lên mức độ 4 năm 2021', 'directive'),
  news20210608: source(null, 'Lạng Sơn đưa 100% dịch vụ công lên trực tuyến mức 4 trong 30 ngày', 'news', '2021-06-08'),
  dti: source(null, 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)', 'ranking'),
  dxPlan2025: source(null, 'Kế hoạch chuyển đổi số tỉnh Lạng Sơn đến năm 2025: giữ vững nhóm 10 tỉnh dẫn đầu DTI', 'news'),
  ictIndex: source(null, 'Kết quả xếp hạng Vietnam ICT Index của tỉnh Lạng Sơn', 'news'),
  egov2017: source(null, 'Thông báo kết quả xếp hạng Chính phủ điện tử năm 2017', 'ranking'),
  kh131: source('131/KH-UBND', 'Kế hoạch phát triển kinh tế số, xã hội số tỉnh Lạng Sơn', 'plan', '2022-06-06'),
};

export const indicators: IndicatorData[] = [
  {
    indicator: indicator('online-services-level4-rate', 'Tỷ lệ dịch vụ công trực tuyến mức độ 4', 'Level-4 online public services', {
      group: 'e-government',
      ...percentShape,
    }),
    figures: [valueFigure(2020, 37.6, { source: sources.report2020 }), valueFigure(2021, 100, { source: sources.news20210608, asOf: '2021-06-08' })],
    targets: [target(2020, 30, 'gte', { source: sources.nq17 }), target(2021, 100, 'gte', { source: sources.micDirective })],
  },
  {
    indicator: indicator('egov-rank', 'Xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử', 'E-government (ICT application) ranking', {
      group: 'e-government',
      ...rankShape,
      // As seeded: the DTI took its place after the 2020 report's result.
      replacedBy: { code: 'dti-rank', fromYear: 2021 },
    }),
    figures: [
      rankFigure(2017, 53, 63, { source: sources.egov2017 }),
      rankFigure(2019, 50, 63, { source: sources.report2020 }),
      rankFigure(2020, 26, 63, { source: sources.report2020 }),
    ],
    targets: [],
  },
  {
    indicator: indicator(
      'eid-authentication-rate',
      'Tỷ lệ người dân, doanh nghiệp được xác thực định danh điện tử',
      'Citizens and firms with e-ID authentication',
      { group: 'e-government', ...percentShape },
    ),
    figures: [],
    targets: [target(2020, 20, 'gte', { source: sources.nq17 }), target(2025, 40, 'gte', { source: sources.nq17 })],
  },
  {
    indicator: indicator('dti-rank', 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)', 'Provincial digital transformation index (DTI) rank', {
      group: 'digital-transformation',
      ...rankShape,
    }),
    figures: [
      rankFigure(2020, 16, 63, { source: sources.dti }),
      rankFigure(2021, 5, 63, { source: sources.dti }),
      rankFigure(2022, 6, 63, { source: sources.dti }),
    ],
    targets: [target(2025, 10, 'lte', { source: sources.dxPlan2025, outOf: 63, reading: 'position' })],
  },
  {
    indicator: indicator('ict-index-rank', 'Xếp hạng Vietnam ICT Index', 'Vietnam ICT Index rank', { group: 'digital-transformation', ...rankShape }),
    figures: [
      rankFigure(2016, 61, 63, { source: sources.ictIndex }),
      rankFigure(2017, 58, 63, { source: sources.ictIndex }),
      rankFigure(2018, 32, 63, { source: sources.ictIndex }),
    ],
    targets: [],
  },
  {
    indicator: indicator('digital-economy-grdp-share', 'Tỷ trọng kinh tế số trong GRDP', 'Digital economy share of GRDP', {
      group: 'digital-economy',
      ...percentShape,
      decimals: 2,
    }),
    figures: [],
    targets: [
      target(2022, 10, 'gte', { source: sources.kh131 }),
      target(2025, 20, 'gte', { source: sources.kh131 }),
      target(2030, 30, 'gte', { source: sources.kh131 }),
    ],
  },
  {
    indicator: indicator('bluezone-install-rate', 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone', 'Smartphones with the Bluezone app installed', {
      group: 'digital-society',
      ...percentShape,
      kind: 'ratio',
      decimals: 2,
    }),
    figures: [ratioFigure(2020, 154231, 519755, 29.71, { source: sources.report2020, publishedText: '154.231/519.755 smartphone, đạt tỷ lệ 29.71%' })],
    targets: [],
  },
  {
    indicator: indicator('bluezone-install-rank', 'Xếp hạng tỷ lệ cài đặt Bluezone toàn quốc', 'Bluezone install rate, national rank', {
      group: 'digital-society',
      ...rankShape,
    }),
    figures: [rankFigure(2020, 9, 63, { source: sources.report2020 })],
    targets: [],
  },
  {
    indicator: indicator('fibre-broadband-households-rate', 'Tỷ lệ hộ gia đình có Internet băng rộng cáp quang', 'Households with fibre broadband', {
      group: 'telecoms',
      ...percentShape,
    }),
    figures: [],
    targets: [target(2022, 75, 'gte', { source: sources.kh131 }), target(2025, 80, 'gte', { source: sources.kh131 })],
  },
];

/** Years with at least one figure, newest first. */
export const years = [...new Set(indicators.flatMap((i) => i.figures.map((f) => f.year)))].sort((a, b) => b - a);
export const LATEST_YEAR = years[0]!;

export const UPDATED_AT = '2021-01-15T07:05:00.000Z';

export const CATALOGUE_VERSION = 'fixture-catalogue-1';

/** The body of `/api/catalogue` for these indicators, the seed's groups and the fixture's documents. */
export function catalogueOf(data: readonly IndicatorData[]): Catalogue {
  return { version: CATALOGUE_VERSION, ...catalogueContent(testGroups, data, Object.values(sources)) };
}

export const catalogue: Catalogue = catalogueOf(indicators);

/** The dashboard body the server would send for `year` (latest year with data when omitted). */
export function dashboardFor(year: number = LATEST_YEAR, data: readonly IndicatorData[] = indicators): Dashboard {
  const cards = buildCards(data, year);
  return { year, years, counts: countByStatus(cards), cards, catalogueVersion: CATALOGUE_VERSION, updatedAt: UPDATED_AT };
}

/** The overview the app draws for `year`: the dashboard joined with the catalogue. */
export function overviewFor(year: number = LATEST_YEAR): Overview {
  const overview = joinCatalogue(dashboardFor(year), catalogue);
  if (!overview) throw new Error('the fixture catalogue lacks a name its dashboard uses');
  return overview;
}

export const dashboard2020: Dashboard = dashboardFor(2020);
export const overview2020: Overview = overviewFor(2020);
