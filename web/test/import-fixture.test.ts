import { importJobSchema, importPlanSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { job, plan, rows } from './import-fixture';

describe('import fixture', () => {
  it('matches the API contract', () => {
    expect(() => importPlanSchema.parse(plan(Object.values(rows)))).not.toThrow();
    expect(() => importJobSchema.parse(job('running', 1, 2))).not.toThrow();
  });
});
