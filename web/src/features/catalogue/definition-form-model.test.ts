import { describe, expect, it } from 'vitest';
import { blankDefinition, checkDefinition, continuationValues, serverFieldErrors, type DefinitionFormValues } from './definition-form-model';

const kept = { replacedBy: null, retiredFrom: null };
const filled: DefinitionFormValues = {
  ...blankDefinition,
  code: 'digital-signatures',
  'name.vi': 'Số chữ ký số cá nhân',
  'name.en': 'Personal digital signatures',
  group: 'digital-society',
  kind: 'value',
  unit: 'count',
  decimals: '0',
  aggregation: 'sum',
};

describe('checkDefinition', () => {
  it('turns the form into the contract’s definition, empty optional text as null', () => {
    const checked = checkDefinition(filled, kept, 'vi');
    expect(checked).toEqual({
      ok: true,
      definition: expect.objectContaining({
        code: 'digital-signatures',
        name: { vi: 'Số chữ ký số cá nhân', en: 'Personal digital signatures' },
        definition: null,
        methodNote: null,
        dataSource: null,
        continues: null,
        decimals: 0,
        aggregation: 'sum',
      }),
    });
  });

  it('names each bad field in the reader’s language', () => {
    const bad = { ...filled, code: 'Chữ Ký', 'name.en': ' ', group: '', decimals: '9', 'definition.vi': 'Chỉ có tiếng Việt' };
    const checked = checkDefinition(bad, kept, 'vi');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toMatchObject({
      code: expect.stringContaining('Mã chỉ tiêu 2–80 ký tự'),
      'name.en': expect.any(String),
      group: 'Bắt buộc nhập.',
      decimals: 'Số chữ số thập phân là số nguyên từ 0 đến 6.',
      'definition.en': expect.any(String),
    });
    expect(checked.errors['name.vi']).toBeUndefined();
    const english = checkDefinition(bad, kept, 'en');
    expect(english.ok ? {} : english.errors).toMatchObject({ decimals: 'Decimals are a whole number from 0 to 6.' });
  });

  it('refuses decimals that are no number rather than reading them as 0', () => {
    const checked = checkDefinition({ ...filled, decimals: 'hai' }, kept, 'vi');
    expect(checked.ok ? {} : checked.errors).toEqual({ decimals: 'Số chữ số thập phân là số nguyên từ 0 đến 6.' });
  });

  it('checks the unit against the kind', () => {
    const checked = checkDefinition({ ...filled, kind: 'ratio', aggregation: 'none' }, kept, 'en');
    expect(checked.ok ? {} : checked.errors).toEqual({ unit: expect.stringContaining('ratios are in percent') });
  });

  it('keeps what the form does not show', () => {
    const checked = checkDefinition(filled, { replacedBy: null, retiredFrom: 2026 }, 'vi');
    expect(checked.ok && checked.definition.retiredFrom).toBe(2026);
  });
});

describe('continuationValues', () => {
  it('starts from the old definition with a code to choose and continues set', () => {
    const checked = checkDefinition(filled, kept, 'vi');
    if (!checked.ok) throw new Error('fixture invalid');
    expect(continuationValues(checked.definition)).toEqual({ ...filled, code: '', continues: 'digital-signatures' });
  });
});

describe('serverFieldErrors', () => {
  it('puts the server’s definition.* messages under the form’s fields, the rest under form', () => {
    expect(serverFieldErrors({ 'definition.name.vi': 'Bắt buộc.', 'definition.kind': 'Khoá.', definition: 'Không có gì thay đổi.' })).toEqual({
      'name.vi': 'Bắt buộc.',
      kind: 'Khoá.',
      form: 'Không có gì thay đổi.',
    });
  });
});
