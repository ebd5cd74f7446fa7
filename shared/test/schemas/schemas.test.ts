import { describe, expect, it } from 'vitest';
import { dashboardQuerySchema, figureSchema, indicatorCodeSchema, sourceSchema } from '../../src/schemas/index.js';
import { bluezone2020 } from '../factories.js';

describe('API schemas', () => {
  it('accept a real figure and reject a ratio with a zero denominator', () => {
    expect(figureSchema.parse(bluezone2020)).toEqual(bluezone2020);
    const bad = figureSchema.safeParse({ ...bluezone2020, denominator: 0 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['denominator']);
  });

  it('coerce the year of the dashboard query and name the field when it is not a year', () => {
    expect(dashboardQuerySchema.parse({ year: '2020' })).toEqual({ year: 2020 });
    const bad = dashboardQuerySchema.safeParse({ year: 'abc' });
    expect(bad.error?.issues[0]?.path).toEqual(['year']);
  });

  it('keep indicator codes kebab-case and source dates as dates', () => {
    expect(indicatorCodeSchema.safeParse('egov-rank').success).toBe(true);
    expect(indicatorCodeSchema.safeParse('../etc/passwd').success).toBe(false);
    const source = {
      id: 1,
      number: '17/NQ-CP',
      title: 't',
      issuer: null,
      publisher: null,
      date: '2019-03-07',
      kind: 'resolution',
      url: null,
      note: null,
      noteEn: null,
    };
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, date: '07/3/2019' }).success).toBe(false);
  });
});
