/**
 * Test data of the indicator page: the report fixture's indicators as `/api/indicators/:code`
 * answers them, plus the report's three tasks for 2021 (milestones, as the seed has them) and a
 * dashboard that carries them. indicator-fixture.test.ts parses them with the shared schemas.
 */
import { buildAsOf, buildSeries, buildTrend, type Dashboard, type IndicatorData, type IndicatorDetail, type MilestoneState } from '@kpi/shared';
import { indicator, milestoneFigure } from '@kpi/shared/testing';
import { fixtureApi, jsonResponse, type ApiRequest } from './api';
import { catalogueOf, dashboardFor, indicators, sources, years } from './fixture';

const TASKS_PARAGRAPH = 'Đoạn "Năm 2021, ngành TT&TT sẽ…"';

function task(code: string, vi: string, en: string, state: MilestoneState, note: string): IndicatorData {
  return {
    indicator: indicator(code, vi, en, { group: 'digital-transformation', kind: 'milestone', unit: 'none', decimals: 0 }),
    figures: [milestoneFigure(2021, state, '2021-12-31', { asOf: '2021-01-15', source: sources.report2020, locator: TASKS_PARAGRAPH, note })],
    targets: [],
  };
}

export const milestones: IndicatorData[] = [
  task(
    'smart-city-ioc-pilot',
    'Thí điểm Trung tâm giám sát điều hành đô thị thông minh tại thành phố Lạng Sơn',
    'Pilot smart-city operations centre in Lạng Sơn city',
    'not-started',
    'Nhiệm vụ trọng tâm năm 2021 theo báo cáo tổng kết.',
  ),
  task(
    'provincial-information-centre',
    'Trung tâm thông tin phục vụ chỉ đạo điều hành của UBND tỉnh',
    'Provincial information centre for direction and administration',
    'in-progress',
    'Hội nghị giao nhiệm vụ hoàn thiện thí điểm trong năm 2021.',
  ),
];

const all = [...indicators, ...milestones];
const LATEST = Math.max(...years);

/** The body of `/api/indicators/:code?year=`, built by @kpi/shared as the server builds it. */
export function detailFor(code: string, year: number = LATEST, data: IndicatorData | undefined = all.find((d) => d.indicator.code === code)): IndicatorDetail {
  if (!data) throw new Error(`no fixture indicator ${code}`);
  const used = new Set([...data.figures.map((f) => f.source?.id), ...data.targets.map((t) => t.source?.id)]);
  return {
    indicator: data.indicator,
    series: buildSeries(data),
    targets: data.targets,
    sources: Object.values(sources).filter((s) => used.has(s.id)),
    trend: buildTrend(data.figures, data.targets),
    asOf: buildAsOf(data, year),
    replacement: all.find((d) => d.indicator.code === data.indicator.replacedBy?.code)?.indicator ?? null,
    seriesBreak: {
      continues: all.find((d) => d.indicator.code === data.indicator.continues)?.indicator ?? null,
      continuedBy: all.find((d) => d.indicator.code === data.indicator.continuedBy)?.indicator ?? null,
    },
  };
}

/** A dashboard with the tasks among the cards, as the seeded server sends it. */
export function dashboardWithTasks(year: number): Dashboard {
  return dashboardFor(year, all);
}

/** The fixture API with `/api/indicators/:code` answered too (404 for a code it does not know). */
export function indicatorApi(url: URL, request: ApiRequest): Response | Promise<Response> {
  if (url.pathname === '/api/catalogue') return jsonResponse(catalogueOf(all));
  const match = /^\/api\/indicators\/([^/]+)$/.exec(url.pathname);
  if (!match) return fixtureApi(url, request);
  const code = decodeURIComponent(match[1]!);
  if (!all.some((d) => d.indicator.code === code)) {
    return jsonResponse({ error: { code: 'not-found', message: `No indicator with code "${code}"` } }, 404);
  }
  const year = url.searchParams.get('year');
  return jsonResponse(detailFor(code, year === null ? undefined : Number(year)));
}
