import { describe, expect, it } from 'vitest';
import { changeSince } from '../src/change.js';
import { dataQualityFlags, publishedMismatch } from '../src/data-quality.js';
import { placesGained, provincesRankedIn } from '../src/rank.js';
import { computeProgress } from '../src/progress.js';
import { currentTargets, targetForYear } from '../src/targets.js';
import { bluezone2020, indicator, milestoneFigure, percentShape, rankFigure, rankShape, target, valueFigure } from './factories.js';
import { buildTrend } from '../src/trend.js';
import { buildAsOf, buildCard } from '../src/indicator-view.js';
import { ratePercent } from '../src/figures.js';

describe('the report’s own figures', () => {
  it('computes the Bluezone rate as 29.67 % and flags the published 29.71 %', () => {
    expect(bluezone2020.kind === 'ratio' && bluezone2020.rate).toBeCloseTo(29.6738, 4);
    expect(dataQualityFlags(bluezone2020, null)).toEqual([{ code: 'published-mismatch', year: 2020, published: 29.71, computed: expect.closeTo(29.6738, 4) }]);
  });

  it('reads the e-government rank 50 → 26 as up 24 places', () => {
    expect(placesGained(50, 26)).toBe(24);
    expect(changeSince(rankShape, rankFigure(2019, 50), rankFigure(2020, 26))).toEqual({
      fromYear: 2019,
      toYear: 2020,
      measure: 'places',
      delta: 24,
      improved: true,
    });
  });

  it('judges level-4 online services 37.6 against the 30 target as achieved', () => {
    const result = computeProgress({ kind: 'value', figures: [valueFigure(2020, 37.6)], target: target(2020, 30), year: 2020 });
    expect(result.status).toBe('achieved');
    expect(result.explanation).toMatchObject({ reason: 'target-met', latest: { year: 2020, value: 37.6 }, target: { value: 30 } });
  });
});

describe('published vs computed', () => {
  it('tolerates the rounding of the published figure and no more', () => {
    expect(publishedMismatch(29.67, 29.6737)).toBe(false);
    expect(publishedMismatch(29.7, 29.6737)).toBe(false);
    expect(publishedMismatch(29.71, 29.6737)).toBe(true);
    expect(publishedMismatch(30, 29.6737)).toBe(false);
    expect(publishedMismatch(31, 29.6737)).toBe(true);
  });

  it('flags a change of rank scale (63 → 34 provinces)', () => {
    expect(dataQualityFlags(rankFigure(2024, 5, 34), rankFigure(2023, 8, 63))).toEqual([
      { code: 'rank-scale-changed', year: 2024, fromOutOf: 63, toOutOf: 34 },
    ]);
    expect(provincesRankedIn(2023)).toBe(63);
    expect(provincesRankedIn(2024)).toBe(34);
  });
});

describe('progress status (UNSD progress ratio)', () => {
  const t2025 = target(2025, 80);
  const at = (latest: number) => computeProgress({ kind: 'value', figures: [valueFigure(2020, 40), valueFigure(2022, latest)], target: t2025, year: 2022 });

  it('is on track at a ratio of 0.95 or more', () => {
    // required 8 points a year; actual (55.2 - 40) / 2 = 7.6 → ratio 0.95
    const result = at(55.2);
    expect(result.status).toBe('on-track');
    expect(result.explanation).toMatchObject({ requiredPerYear: 8, actualPerYear: expect.closeTo(7.6, 6), band: 'substantial' });
  });
  it('is at risk between 0.5 and 0.95', () => {
    expect(at(50).status).toBe('at-risk');
    expect(at(50).explanation.ratio).toBeCloseTo(0.625);
  });
  it('is off track below 0.5, and names deterioration below -0.1', () => {
    expect(at(44).status).toBe('off-track');
    expect(at(44).explanation.band).toBe('limited');
    expect(at(30).explanation.band).toBe('deterioration');
  });
  it('is off track once the target year passed unmet', () => {
    const r = computeProgress({ kind: 'value', figures: [valueFigure(2020, 10), valueFigure(2025, 70)], target: t2025, year: 2025 });
    expect(r.status).toBe('off-track');
    expect(r.explanation.reason).toBe('target-year-passed');
  });
  it('has no target, too few figures or no data where that is so', () => {
    expect(computeProgress({ kind: 'value', figures: [valueFigure(2020, 1)], target: null, year: 2020 }).status).toBe('no-target');
    expect(computeProgress({ kind: 'value', figures: [], target: t2025, year: 2020 }).status).toBe('no-data');
    expect(computeProgress({ kind: 'value', figures: [valueFigure(2021, 5)], target: t2025, year: 2020 }).status).toBe('no-data');
    const single = computeProgress({ kind: 'value', figures: [valueFigure(2020, 40)], target: t2025, year: 2020 });
    // One figure short of a target not yet due: there is data, but no pace to judge.
    expect(single).toMatchObject({ status: 'too-few', explanation: { reason: 'single-figure', latest: { year: 2020, value: 40 } } });
  });
  it('judges ranks on position / N, lower being better', () => {
    const top10 = target(2025, 10, 'lte', { outOf: 63 });
    expect(computeProgress({ kind: 'rank', figures: [rankFigure(2020, 16), rankFigure(2021, 5)], target: top10, year: 2021 }).status).toBe('achieved');
    const r = computeProgress({ kind: 'rank', figures: [rankFigure(2020, 40), rankFigure(2022, 30)], target: top10, year: 2022 });
    // required (10/63 - 40/63) / 5 per year, actual (30/63 - 40/63) / 2: ratio 5/6
    expect(r.explanation.basis).toBe('percentile');
    expect(r.explanation.ratio).toBeCloseTo(10 / 2 / (30 / 5));
    expect(r.status).toBe('at-risk');
    // 14 of 34 is the same standing as 26 of 63 read as percentile, not a jump of 12 places.
    const scaled = computeProgress({ kind: 'rank', figures: [rankFigure(2023, 26, 63), rankFigure(2024, 14, 34)], target: top10, year: 2024 });
    expect(scaled.explanation.actualPerYear).toBeCloseTo(14 / 34 - 26 / 63);
  });
  it('calls a figure that fell back below a target met at base deterioration', () => {
    const r = computeProgress({ kind: 'value', figures: [valueFigure(2020, 90), valueFigure(2022, 70)], target: t2025, year: 2022 });
    expect(r).toMatchObject({ status: 'off-track', explanation: { reason: 'already-met-at-base', band: 'deterioration' } });
  });
});

describe('targets', () => {
  it('keeps the highest revision of a year in force and picks the nearest target due', () => {
    const revised = [target(2025, 70, 'gte', { revision: 1 }), target(2025, 80, 'gte', { revision: 2 }), target(2020, 30)];
    expect(currentTargets(revised).map((t) => t.value)).toEqual([30, 80]);
    expect(targetForYear(revised, 2019)?.year).toBe(2020);
    expect(targetForYear(revised, 2021)?.value).toBe(80);
    expect(targetForYear(revised, 2031)?.year).toBe(2025);
    expect(targetForYear([], 2020)).toBeNull();
  });
});

describe('trend', () => {
  it('draws the expected path from the first figure to each target, each point with its figure’s basis', () => {
    const trend = buildTrend([valueFigure(2020, 40), valueFigure(2022, 50, { basis: 'derived' })], [target(2025, 100)]);
    expect(trend).toEqual([
      { year: 2020, value: 40, basis: 'stated', target: null, expected: 40 },
      { year: 2022, value: 50, basis: 'derived', target: null, expected: 64 },
      { year: 2025, value: null, basis: null, target: 100, expected: 100 },
    ]);
  });
});

describe('cards', () => {
  const egov = indicator('egov-rank', 'Xếp hạng', 'Rank', rankShape);
  it('shows the latest figure up to the year, with the change since the one before', () => {
    const data = { indicator: egov, figures: [rankFigure(2017, 53), rankFigure(2019, 50), rankFigure(2020, 26)], targets: [] };
    expect(buildCard(data, 2020)).toMatchObject({ figure: { year: 2020 }, change: { delta: 24 }, status: { status: 'no-target' } });
    expect(buildCard(data, 2018)).toMatchObject({ figure: { year: 2017 }, change: null });
    expect(buildAsOf(data, 2018)).toMatchObject({ figure: { year: 2017 }, previous: null, change: null });
    expect(changeSince(percentShape, valueFigure(2020, 37.6), valueFigure(2021, 100))).toMatchObject({ measure: 'percentage-points', improved: true });
  });
});

describe('the card, as the overview shows it', () => {
  it('keeps the numbers, the wording, the approval and the documents’ ids, and leaves provenance to the indicator page', () => {
    const source = {
      id: 7,
      number: '17/NQ-CP',
      title: 'Nghị quyết',
      issuer: 'Chính phủ',
      publisher: null,
      date: '2019-03-14',
      kind: 'resolution',
      url: null,
      note: 'long note',
      noteEn: null,
    } as const;
    const figure = { ...bluezone2020, source, publishedText: '29.71%', locator: 'p. 3', note: 'a note', approvedAt: '2021-01-15T00:00:00.000Z' };
    const bluezone = indicator('bluezone-install-rate', 'Bluezone', 'Bluezone', { group: 'digital-society', kind: 'ratio', decimals: 2 });
    const data = { indicator: bluezone, figures: [figure], targets: [target(2020, 30, 'gte', { source, locator: 'art. 2' })] };
    const card = buildCard(data, 2020);
    expect(card.figure).toEqual({
      kind: 'ratio',
      year: 2020,
      asOf: null,
      approvedAt: '2021-01-15T00:00:00.000Z',
      publishedText: '29.71%',
      basis: 'stated',
      numerator: 154231,
      denominator: 519755,
      published: 29.71,
      rate: ratePercent(154231, 519755),
      sourceId: 7,
    });
    expect(card.target).toEqual({ year: 2020, value: 30, comparator: 'gte', outOf: null, reading: null, sourceId: 7 });
    const full = buildAsOf(data, 2020).status;
    expect(card.status).toEqual({ status: full.status, reason: full.explanation.reason, ratio: full.explanation.ratio });
  });
});

describe('milestones', () => {
  const task = (state: 'not-started' | 'in-progress' | 'done', asOf: string | null) => milestoneFigure(2021, state, '2021-12-31', { asOf });
  const status = (f: ReturnType<typeof task>, year: number) => computeProgress({ kind: 'milestone', figures: [f], target: null, year });
  it('reads done as achieved, in progress as on track, not started as at risk before the due date', () => {
    expect(status(task('done', '2021-06-01'), 2021).status).toBe('achieved');
    expect(status(task('in-progress', '2021-01-15'), 2021).status).toBe('on-track');
    expect(status(task('not-started', '2021-01-15'), 2021).status).toBe('at-risk');
  });
  it('counts a task past its due date and not done as off track, however old its last report', () => {
    const overdue = { status: 'off-track', explanation: { reason: 'milestone-overdue' } };
    expect(status(task('in-progress', '2022-02-01'), 2022)).toMatchObject(overdue);
    expect(status(task('in-progress', '2021-01-15'), 2022)).toMatchObject(overdue);
    expect(status(task('not-started', '2021-01-15'), 2022)).toMatchObject(overdue);
    expect(status(task('done', '2021-01-15'), 2022).status).toBe('achieved');
  });
  it('counts a task as overdue within its due year once a report after the due date says it is not done', () => {
    const late = milestoneFigure(2021, 'not-started', '2021-06-30', { asOf: '2021-09-01' });
    expect(computeProgress({ kind: 'milestone', figures: [late], target: null, year: 2021 })).toMatchObject({
      status: 'off-track',
      explanation: { reason: 'milestone-overdue' },
    });
    const early = milestoneFigure(2021, 'not-started', '2021-06-30', { asOf: '2021-06-30' });
    expect(computeProgress({ kind: 'milestone', figures: [early], target: null, year: 2021 }).status).toBe('at-risk');
  });
});
