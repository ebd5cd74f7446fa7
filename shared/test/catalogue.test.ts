import { describe, expect, it } from 'vitest';
import { joinCatalogue } from '../src/catalogue.js';
import type { Catalogue, Dashboard } from '../src/schemas/dashboard.js';
import { indicator as makeIndicator, testGroups } from './factories.js';

const indicator = makeIndicator('online-services-level4-rate', 'Tỷ lệ dịch vụ công trực tuyến mức độ 4', 'Level-4 online public services');
const resolution = { id: 2, number: '17/NQ-CP', title: 'Nghị quyết về Chính phủ điện tử' };
const report = { id: 1, number: null, title: 'Hội nghị tổng kết năm 2020' };
const catalogue: Catalogue = { version: 'v1', groups: testGroups, indicators: [indicator], sources: [report, resolution] };

function dashboard(sourceId: number, code = indicator.code): Dashboard {
  return {
    year: 2020,
    years: [2020],
    counts: { achieved: 1, 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'too-few': 0, 'no-target': 0, 'no-data': 0 },
    cards: [
      {
        code,
        figure: { kind: 'value', year: 2020, asOf: null, publishedText: '37,6%', basis: 'stated', approvedAt: null, value: 37.6, sourceId },
        change: null,
        target: { year: 2020, value: 30, comparator: 'gte', outOf: null, reading: null, sourceId: 2 },
        status: { status: 'achieved', reason: 'target-met', ratio: null },
        flags: [],
        outlook: null,
        trend: [{ year: 2020, value: 37.6, basis: 'stated', target: 30, expected: null }],
      },
    ],
    catalogueVersion: 'v1',
    updatedAt: '2021-01-15T00:00:00.000Z',
  };
}

describe('joinCatalogue', () => {
  it('fills each card’s indicator and documents in from the catalogue', () => {
    const overview = joinCatalogue(dashboard(1), catalogue);
    expect(overview?.year).toBe(2020);
    // The groups travel with the cards, so the overview and screens head them by the department's names.
    expect(overview?.groups).toBe(testGroups);
    expect(overview?.cards[0]).toMatchObject({
      indicator,
      figure: { kind: 'value', value: 37.6, source: report },
      target: { value: 30, comparator: 'gte', source: resolution },
      status: { status: 'achieved' },
    });
    expect(overview?.cards[0]?.figure).not.toHaveProperty('sourceId');
  });

  it('answers null when the catalogue is older than the dashboard: an unknown indicator or document', () => {
    expect(joinCatalogue(dashboard(99), catalogue)).toBeNull();
    expect(joinCatalogue(dashboard(1, 'new-indicator'), catalogue)).toBeNull();
  });
});
