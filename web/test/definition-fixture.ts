import type { DefinitionRevision, DefinitionState, IndicatorDefinition } from '@kpi/shared';

/** A catalogue definition as the seed has them: every optional field empty unless given. */
export function definition(code: string, vi: string, extra: Partial<IndicatorDefinition> = {}): IndicatorDefinition {
  return {
    code,
    name: { vi, en: vi },
    definition: null,
    group: 'digital-society',
    kind: 'value',
    direction: 'up',
    unit: 'count',
    decimals: 0,
    scope: 'province',
    replacedBy: null,
    continues: null,
    retiredFrom: null,
    methodNote: null,
    dataSource: null,
    responsibleUnit: null,
    aggregation: 'sum',
    ...extra,
  };
}

/** Bluezone installs: a ratio with figures, so its kind and unit are fixed. */
export const bluezone = definition('bluezone-install-rate', 'Tỷ lệ cài Bluezone', {
  name: { vi: 'Tỷ lệ cài Bluezone', en: 'Bluezone installation rate' },
  kind: 'ratio',
  unit: 'percent',
  decimals: 2,
  aggregation: 'ratio-sum',
});

export function revision(createdBy: string, extra: Partial<DefinitionRevision> = {}): DefinitionRevision {
  return {
    id: 7,
    state: 'draft',
    definition: { ...bluezone, decimals: 1 },
    baseVersion: 3,
    createdBy,
    createdAt: '2026-12-01T02:00:00.000Z',
    reviewedBy: null,
    reviewedAt: null,
    reviewComment: null,
    ...extra,
  };
}

/** Bluezone's catalogue entry at version 3, published, with figures and no draft unless given. */
export function bluezoneEntry(extra: Partial<DefinitionState> = {}): DefinitionState {
  return { code: bluezone.code, version: 3, published: bluezone, hasFigures: true, draft: null, history: [], ...extra };
}
