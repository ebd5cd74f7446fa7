import { catalogueSchema, dashboardSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { catalogue, dashboard2020, dashboardFor, LATEST_YEAR, overview2020, years } from './fixture';

describe('dashboard fixture', () => {
  it('matches the API contract for every year it offers', () => {
    for (const year of years) expect(() => dashboardSchema.parse(dashboardFor(year))).not.toThrow();
    expect(dashboardSchema.parse(dashboard2020)).toEqual(dashboard2020);
    expect(catalogueSchema.parse(catalogue)).toEqual(catalogue);
  });

  it('carries the report’s figures and what follows from them', () => {
    expect(LATEST_YEAR).toBe(2022);
    expect(years).toEqual([2022, 2021, 2020, 2019, 2018, 2017, 2016]);
    const card = (code: string) => overview2020.cards.find((c) => c.indicator.code === code)!;

    const bluezone = card('bluezone-install-rate');
    expect(bluezone.figure).toMatchObject({ kind: 'ratio', numerator: 154231, denominator: 519755, published: 29.71 });
    expect(bluezone.flags).toEqual([expect.objectContaining({ code: 'published-mismatch', published: 29.71 })]);

    expect(card('online-services-level4-rate').status.status).toBe('achieved');
    expect(card('egov-rank').change).toMatchObject({ measure: 'places', delta: 24, fromYear: 2019, improved: true });
    expect(card('ict-index-rank').figure?.year).toBe(2018);
    expect(card('digital-economy-grdp-share').status.status).toBe('no-data');
  });
});
