import { dashboardSchema, indicatorDetailSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { indicators } from './fixture';
import { dashboardWithTasks, detailFor, milestones } from './indicator-fixture';

describe('the indicator page fixture', () => {
  it('answers every indicator and task in the shape of the API contract', () => {
    for (const { indicator } of [...indicators, ...milestones]) {
      expect(() => indicatorDetailSchema.parse(detailFor(indicator.code, 2020))).not.toThrow();
      expect(() => indicatorDetailSchema.parse(detailFor(indicator.code, 2022))).not.toThrow();
    }
    expect(() => dashboardSchema.parse(dashboardWithTasks(2021))).not.toThrow();
  });
});
