import type { UnitBreakdown } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { overviewFor } from '../../../test/fixture';
import { rankTicks } from './chart-scale';
import { HEADLINE_MAX, headlineCards, latestApproval, resolveSlides, tileColumns } from './slides';

const dashboard = overviewFor(2020);

describe('screen slides', () => {
  it('resolve the playlist against the overview, skipping what is no longer there', () => {
    const slides = resolveSlides(
      [
        { type: 'group', group: 'e-government' },
        { type: 'indicator', code: 'no-such-indicator' },
        { type: 'indicator', code: 'dti-rank' },
        { type: 'group', group: 'press' },
      ],
      dashboard,
    );
    expect(slides.map((s) => s.type)).toEqual(['group', 'indicator']);
    // Headed by the group's names as the catalogue carries them, not by a list in the code.
    expect(slides[0]).toMatchObject({ group: 'e-government', name: { vi: 'Chính quyền điện tử', en: 'E-government' } });
    expect(slides[1]).toMatchObject({ card: { indicator: { code: 'dti-rank' } } });
  });

  it('resolve a units slide with its breakdown, skipping one without a breakdown or of an indicator not made from its units', () => {
    const breakdown = (aggregation: UnitBreakdown['aggregation']): UnitBreakdown => ({
      code: 'bluezone-install-rate',
      year: 2025,
      aggregation,
      years: [],
      province: { computed: null, reported: 0, expected: 65, entered: null, mismatch: false, target: null },
      units: [],
    });
    const playlist = [
      { type: 'units', code: 'bluezone-install-rate' },
      { type: 'units', code: 'online-services-level4-rate' },
      { type: 'units', code: 'egov-rank' },
    ] as const;
    const slides = resolveSlides(playlist, dashboard, { units: { 'bluezone-install-rate': breakdown('ratio-sum'), 'egov-rank': breakdown('none') } });
    expect(slides).toEqual([
      {
        type: 'units',
        card: expect.objectContaining({ indicator: expect.objectContaining({ code: 'bluezone-install-rate' }) }),
        breakdown: breakdown('ratio-sum'),
      },
    ]);
  });

  it('name a group by the catalogue’s current names, renamed ones included', () => {
    const renamed = {
      ...dashboard,
      groups: dashboard.groups.map((g) => (g.code === 'e-government' ? { ...g, name: { vi: 'Chính quyền số', en: 'Digital government' } } : g)),
    };
    expect(resolveSlides([{ type: 'group', group: 'e-government' }], renamed)[0]).toMatchObject({ name: { vi: 'Chính quyền số', en: 'Digital government' } });
  });

  it('fall back to the headline rather than a blank screen', () => {
    expect(resolveSlides([{ type: 'indicator', code: 'gone' }], dashboard).map((s) => s.type)).toEqual(['headline']);
  });

  it('headline the indicators with figures: judged against a target first, then the newest', () => {
    const cards = headlineCards(dashboard);
    expect(cards.length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(cards.every((card) => card.figure !== null)).toBe(true);
    expect(cards.map((card) => card.indicator.code)).toEqual([
      'online-services-level4-rate', // achieved, 2020
      'egov-rank', // no target, 2020
      'bluezone-install-rate',
      'bluezone-install-rank',
      'ict-index-rank', // no target, 2018
      'dti-rank', // one figure by 2020: too few to judge
    ]);
  });

  it('lay tiles out in at most three columns', () => {
    expect([1, 2, 3, 4, 5, 6].map(tileColumns)).toEqual([1, 2, 3, 2, 3, 3]);
  });

  it('date a slide by the latest approval of its figures', () => {
    const [a, b, c] = dashboard.cards;
    const at = (iso: string | null) => ({ ...a!, figure: { ...a!.figure!, approvedAt: iso } });
    expect(latestApproval([at('2021-01-16T02:30:00Z'), at('2021-03-01T00:00:00Z'), at(null)])).toBe('2021-03-01T00:00:00Z');
    expect(
      latestApproval([
        { ...b!, figure: null },
        { ...c!, figure: null },
      ]),
    ).toBeNull();
  });

  it('give a rank chart ticks from 1, with no rank 0', () => {
    const point = (value: number | null, target: number | null = null) => ({ year: 2020, value, basis: 'stated' as const, target, expected: null });
    expect(rankTicks([point(53), point(26)])).toEqual([1, 10, 20, 30, 40, 50, 60]);
    expect(rankTicks([point(16), point(5, 10)])).toEqual([1, 5, 10, 15, 20]);
    expect(rankTicks([point(3)])).toEqual([1, 2, 4]);
  });
});

describe('a peers slide', () => {
  const ranks = {
    index: 'dti' as const,
    provinces: [],
    ranks: [
      {
        province: 'lang-son',
        year: 2023,
        rank: 4,
        outOf: 63,
        score: null,
        pillars: { government: null, economy: null, society: null },
        sourceId: 1,
        note: null,
      },
    ],
    years: [{ year: 2023, outOf: 63, rows: 1, medianScore: null }],
    sources: [],
  };
  it('shows the ranks its content carries, and is skipped rather than shown empty without them', () => {
    const dashboard = overviewFor(2020);
    const slide = { type: 'peers' as const, index: 'dti' as const, peers: 'neighbours' };
    expect(resolveSlides([slide], dashboard, { peerRanks: { 'dti:neighbours': ranks } }).map((s) => s.type)).toEqual(['peers']);
    expect(resolveSlides([slide], dashboard, { peerRanks: {} }).map((s) => s.type)).toEqual(['headline']);
  });
});
