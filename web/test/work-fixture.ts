/**
 * Test data for the analysts' pages, built on the report fixture: accounts, the indicator list and
 * details, sources, and figures in the API's ObservationState shape. work-fixture.test.ts parses
 * them with the shared schemas so they cannot drift from the contract.
 */
import {
  buildAsOf,
  buildSeries,
  buildTrend,
  type Figure,
  type IndicatorDetail,
  type ObservationState,
  type OrgUnit,
  type PendingDraft,
  type Revision,
  type User,
} from '@kpi/shared';
import { ratioFigure } from '@kpi/shared/testing';
import { indicators, sources } from './fixture';

export const users = {
  analyst: { username: 'lan', displayName: 'Nguyễn Thị Lan', role: 'analyst', unit: null, disabled: false, version: 1 },
  approver: { username: 'minh', displayName: 'Trần Văn Minh', role: 'approver', unit: null, disabled: false, version: 1 },
  admin: { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', unit: null, disabled: false, version: 3 },
  viewer: { username: 'xem', displayName: 'Lê Văn Xem', role: 'viewer', unit: null, disabled: false, version: 1 },
  /** A commune user: an analyst limited to the ward of Tam Thanh. */
  commune: { username: 'hoa', displayName: 'Phạm Thị Hoa', role: 'analyst', unit: 'tam-thanh', disabled: false, version: 1 },
} satisfies Record<string, User>;

const unit = (code: string, name: string, kind: OrgUnit['kind'], validTo: string | null = null): OrgUnit => ({
  code,
  name,
  kind,
  parent: kind === 'province' ? null : 'lang-son',
  validFrom: null,
  validTo,
  nameChecked: true,
  predecessors: [],
  note: null,
  version: 1,
});

/** The province, two units standing today and a former commune: what an admin may limit a commune user to is the two. */
export const orgUnitList = {
  units: [
    unit('lang-son', 'Lạng Sơn', 'province'),
    unit('tam-thanh', 'Tam Thanh', 'ward'),
    unit('tan-doan', 'Tân Đoàn', 'commune'),
    unit('hoang-dong', 'Hoàng Đồng', 'commune', '2025-06-30'),
  ],
};

export const indicatorList = { indicators: indicators.map((data) => data.indicator) };
export const sourceList = { sources: Object.values(sources) };

export function indicatorDetail(code: string, year = 2020): IndicatorDetail {
  const data = indicators.find((d) => d.indicator.code === code);
  if (!data) throw new Error(`no fixture indicator ${code}`);
  return {
    indicator: data.indicator,
    series: buildSeries(data),
    targets: data.targets,
    sources: [...new Set(data.figures.flatMap((f) => (f.source ? [f.source] : [])))],
    trend: buildTrend(data.figures, data.targets),
    asOf: buildAsOf(data, year),
    replacement: indicators.find((d) => d.indicator.code === data.indicator.replacedBy?.code)?.indicator ?? null,
    seriesBreak: {
      continues: indicators.find((d) => d.indicator.code === data.indicator.continues)?.indicator ?? null,
      continuedBy: indicators.find((d) => d.indicator.code === data.indicator.continuedBy)?.indicator ?? null,
    },
  };
}

/** A not-yet-entered figure: version 0, nothing published, no draft. */
export function newObservation(indicatorCode: string, year: number): ObservationState {
  return { indicatorCode, year, orgUnit: 'lang-son', version: 0, published: null, draft: null, history: [] };
}

let nextRevisionId = 100;
export function revision(figure: Figure, state: Revision['state'], createdBy: string, createdAt = '2021-03-02T02:30:00.000Z'): Revision {
  return {
    id: nextRevisionId++,
    state,
    figure,
    acknowledgedWarnings: [],
    createdBy,
    createdAt,
    reviewedBy: state === 'published' ? 'minh' : null,
    reviewedAt: state === 'published' ? '2021-03-05T03:00:00.000Z' : null,
    reviewComment: null,
  };
}

/** A Bluezone ratio cited to the 2020 report, at `version` of the figure. */
export function bluezoneFigure(year: number, numerator: number, denominator: number, version: number, published: number | null = null): Figure {
  return ratioFigure(year, numerator, denominator, published, { source: sources.report2020, version });
}

/** A figure with a pending draft on top of a published one. */
export function withDraft(base: ObservationState, draft: Revision, published: Revision | null = null): ObservationState {
  const history = [draft, ...(published ? [published] : [])];
  return { ...base, version: base.version + history.length, draft, published, history };
}

/** The province as the list of units names it: whose figure a queued draft is unless a test says otherwise. */
const province: PendingDraft['unit'] = { name: 'Lạng Sơn', kind: 'province' };

/** A figure in the approvers' queue: `state` with last year's figure, its author's name and its unit. */
export function queued(state: ObservationState, previous: PendingDraft['previous'], authorName: string, unit = province): PendingDraft {
  return { ...state, previous, authorName, unit };
}
