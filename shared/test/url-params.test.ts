import { describe, expect, it } from 'vitest';
import { PROVINCE_UNIT } from '../src/constants.js';
import { entryPath, parseLocale, parseOverviewFilters, parseYear } from '../src/url-params.js';

const params = (query: string) => {
  const search = new URLSearchParams(query);
  return (name: string) => search.get(name);
};

describe('what the overview reads from its address', () => {
  it('takes a year the product accepts and drops anything else', () => {
    expect(parseYear('2020')).toBe(2020);
    expect(parseYear(' 2021 ')).toBe(2021);
    for (const bad of [null, undefined, '', 'abc', '2020.5', '1800', '2101', '20 20']) expect(parseYear(bad)).toBeUndefined();
  });

  it('knows the two languages', () => {
    expect(parseLocale('vi')).toBe('vi');
    expect(parseLocale('en')).toBe('en');
    expect(parseLocale('fr')).toBeUndefined();
    expect(parseLocale(null)).toBeUndefined();
  });

  it('keeps the filters that parse and drops the others, so an old link still opens', () => {
    expect(parseOverviewFilters(params('group=e-government&status=off-track&q=dịch vụ&compare=2019'))).toEqual({
      group: 'e-government',
      status: 'off-track',
      q: 'dịch vụ',
      compare: 2019,
    });
    expect(parseOverviewFilters(params(`group=Thể thao&status=great&q=${'x'.repeat(101)}&compare=soon`))).toEqual({
      group: undefined,
      status: undefined,
      q: undefined,
      compare: undefined,
    });
  });

  it('takes any well-formed group code, since groups are data the address cannot list', () => {
    expect(parseOverviewFilters(params('group=chinh-quyen-so')).group).toBe('chinh-quyen-so');
    expect(parseOverviewFilters(params('group=-x-')).group).toBeUndefined();
  });
});

describe('entryPath', () => {
  it('links the entry form of a figure, with ?unit= only for a unit that is not the province', () => {
    expect(entryPath('dti-rank', 2025, PROVINCE_UNIT)).toBe('/entry/dti-rank/2025');
    expect(entryPath('bluezone-install-rate', 2025, 'tam-thanh')).toBe('/entry/bluezone-install-rate/2025?unit=tam-thanh');
    // Whatever a code or unit holds stays one path segment or one query value.
    expect(entryPath('a/b?c', 2025, 'x&y')).toBe('/entry/a%2Fb%3Fc/2025?unit=x%26y');
  });
});
