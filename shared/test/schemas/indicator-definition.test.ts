import { describe, expect, it } from 'vitest';
import { definitionDraftBodySchema, indicatorDefinitionSchema, validationMessages } from '../../src/index.js';

const rank = {
  code: 'dti-rank',
  name: { vi: 'Xếp hạng DTI', en: 'DTI rank' },
  group: 'digital-transformation',
  kind: 'rank',
  direction: 'down',
  unit: 'position',
  decimals: 0,
};

/** The issues' paths and messages, as the server's 400 names them. */
const issues = (input: unknown) => indicatorDefinitionSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('an indicator definition', () => {
  it('fills what an editor may leave out: no texts, province scope, not made from the communes’ figures', () => {
    expect(indicatorDefinitionSchema.parse(rank)).toEqual({
      ...rank,
      definition: null,
      scope: 'province',
      replacedBy: null,
      continues: null,
      retiredFrom: null,
      methodNote: null,
      dataSource: null,
      responsibleUnit: null,
      aggregation: 'none',
    });
  });

  it('names each bad field with a key both languages word', () => {
    expect(issues({ ...rank, code: 'DTI rank', name: { vi: 'Xếp hạng' }, decimals: -1 })).toEqual([
      ['code', 'code-format'],
      ['name.en', 'required'],
      ['decimals', 'decimals-range'],
    ]);
    expect(issues({ ...rank, direction: 'up', aggregation: 'sum', continues: 'dti-rank' })).toEqual([
      ['direction', 'direction-for-kind'],
      ['aggregation', 'aggregation-for-kind'],
      ['continues', 'invalid'],
    ]);
    for (const [, key] of [...issues({ ...rank, kind: 'ratio' })!, ...issues({ ...rank, group: 'x', unit: 'y' })!]) {
      expect(validationMessages.vi).toHaveProperty(key!);
      expect(validationMessages.en).toHaveProperty(key!);
    }
  });

  it('sums values only for counts and amounts, and numerators and denominators only for ratios', () => {
    const value = { ...rank, kind: 'value', direction: 'up' };
    expect(issues({ ...value, unit: 'count', aggregation: 'sum' })).toBeUndefined();
    expect(issues({ ...value, unit: 'percent', aggregation: 'sum' })).toEqual([['aggregation', 'aggregation-for-kind']]);
    expect(issues({ ...value, unit: 'count', aggregation: 'ratio-sum' })).toEqual([['aggregation', 'aggregation-for-kind']]);
  });

  it('is proposed with the version it is based on, never negative', () => {
    expect(definitionDraftBodySchema.safeParse({ version: -1, definition: rank }).error?.issues[0]).toMatchObject({
      path: ['version'],
      message: 'non-negative',
    });
  });
});
