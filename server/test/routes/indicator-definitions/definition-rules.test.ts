import { definitionConflictBodySchema, indicatorListSchema, validationMessages } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { newDefinition } from '@kpi/shared/testing';
import { definitionsApp } from '../../support/definitions.js';

const CODE = newDefinition().code;

describe('a definition with bad input', () => {
  const cases: [string, Record<string, unknown>, string, keyof (typeof validationMessages)['en']][] = [
    ['a malformed code', { code: 'Wifi_Rate' }, 'definition.code', 'code-format'],
    ['no English name', { name: { vi: 'Tỷ lệ xã có wifi' } }, 'definition.name.en', 'required'],
    ['a blank Vietnamese name', { name: { vi: '  ', en: 'Wi-Fi' } }, 'definition.name.vi', 'required'],
    // Groups are data: a well-formed code the database lacks, and a code that is no slug at all.
    ['an unknown group', { group: 'agriculture' }, 'definition.group', 'unknown-group'],
    ['a malformed group', { group: 'Nông nghiệp' }, 'definition.group', 'group-code-format'],
    ['no group', { group: '' }, 'definition.group', 'required'],
    ['an unknown unit', { unit: 'hectare' }, 'definition.unit', 'unknown-unit'],
    ['an unknown kind', { kind: 'index' }, 'definition.kind', 'unknown-kind'],
    ['too many decimals', { decimals: 7 }, 'definition.decimals', 'decimals-range'],
    ['a fractional decimals', { decimals: 1.5 }, 'definition.decimals', 'decimals-range'],
    ['a direction out of range', { direction: 'sideways' }, 'definition.direction', 'direction-range'],
    ['a ratio not in percent', { unit: 'count' }, 'definition.unit', 'unit-for-kind'],
    ['a rank where higher is better', { kind: 'rank', unit: 'position', aggregation: 'none' }, 'definition.direction', 'direction-for-kind'],
    ['summing values of a percentage', { kind: 'value', aggregation: 'sum' }, 'definition.aggregation', 'aggregation-for-kind'],
    ['a retirement year out of range', { retiredFrom: 1990 }, 'definition.retiredFrom', 'year-range'],
  ];

  it.each(cases)('%s: 400 naming the field, in the caller’s language', async (_name, extra, field, message) => {
    const { put } = await definitionsApp();
    const definition = { ...newDefinition(), ...extra };
    const code = typeof definition.code === 'string' && /^[a-z0-9-]+$/.test(definition.code) ? definition.code : CODE;
    const en = await put('approver', code, { version: 0, definition });
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields).toMatchObject({ [field]: validationMessages.en[message] });
    const vi = await put('approver', code, { version: 0, definition }, { 'accept-language': 'vi-VN' });
    expect(vi.json().error.fields).toMatchObject({ [field]: validationMessages.vi[message] });
  });

  it('refuses a malformed code in the address, a body naming another code, and an unknown indicator to continue', async () => {
    const { put } = await definitionsApp();
    const badAddress = await put('approver', 'Not_A_Code', { version: 0, definition: newDefinition() });
    expect(badAddress.statusCode).toBe(400);
    expect(badAddress.json().error.fields).toEqual({ code: validationMessages.en['code-format'] });
    const other = await put('approver', 'another-code', { version: 0, definition: newDefinition() });
    expect(other.statusCode).toBe(400);
    expect(Object.keys(other.json().error.fields)).toEqual(['definition.code']);
    const orphan = await put('approver', CODE, { version: 0, definition: newDefinition({ continues: 'no-such-indicator' }) });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().error.fields).toEqual({ 'definition.continues': validationMessages.en['unknown-indicator'] });
  });

  it('refuses a draft that is the published definition', async () => {
    const { get, put } = await definitionsApp();
    const { published, version } = (await get('approver', 'egov-rank')).json();
    const res = await put('approver', 'egov-rank', { version, definition: published });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ definition: validationMessages.en['nothing-to-change'] });
  });
});

describe('the kind and unit of an indicator with figures', () => {
  it('cannot change in place: 409 saying a new indicator continuing the series is the way', async () => {
    const { get, put } = await definitionsApp();
    const bluezone = (await get('approver', 'bluezone-install-rate')).json();
    expect(bluezone.hasFigures).toBe(true);
    const kind = await put('approver', 'bluezone-install-rate', { version: 1, definition: { ...bluezone.published, kind: 'value', aggregation: 'none' } });
    expect(kind.statusCode).toBe(409);
    const body = definitionConflictBodySchema.parse(kind.json());
    expect(body.error).toMatchObject({ code: 'series-locked', fields: { 'definition.kind': validationMessages.en['series-locked'] } });
    expect(body.error.message).toMatch(/continues/);
    const services = (await get('approver', 'online-services-level4-rate')).json();
    expect(services.hasFigures).toBe(true);
    const unit = await put(
      'approver',
      'online-services-level4-rate',
      { version: 1, definition: { ...services.published, unit: 'count' } },
      { 'accept-language': 'vi' },
    );
    expect(unit.statusCode).toBe(409);
    expect(unit.json().error.fields).toEqual({ 'definition.unit': validationMessages.vi['series-locked'] });
  });

  it('changes freely while no figure is entered', async () => {
    const { put, post } = await definitionsApp();
    await put('approver', CODE, { version: 0, definition: newDefinition() });
    await post('approver2', CODE, 'publish', { version: 1 });
    const res = await put('approver', CODE, { version: 2, definition: newDefinition({ kind: 'value', unit: 'count', aggregation: 'sum' }) });
    expect(res.statusCode).toBe(200);
  });

  it('goes on in a new indicator that continues the series, linked both ways once published', async () => {
    const { app, put, post } = await definitionsApp();
    const successor = newDefinition({
      code: 'bluezone-users-count',
      kind: 'value',
      unit: 'count',
      decimals: 0,
      aggregation: 'sum',
      continues: 'bluezone-install-rate',
    });
    expect((await put('approver', 'bluezone-users-count', { version: 0, definition: successor })).statusCode).toBe(200);
    expect((await post('admin', 'bluezone-users-count', 'publish', { version: 1 })).statusCode).toBe(200);
    const { indicators } = indicatorListSchema.parse((await app.inject({ url: '/api/indicators' })).json());
    expect(indicators.find((i) => i.code === 'bluezone-users-count')).toMatchObject({ continues: 'bluezone-install-rate', continuedBy: null });
    expect(indicators.find((i) => i.code === 'bluezone-install-rate')).toMatchObject({ continues: null, continuedBy: 'bluezone-users-count' });
    const page = await app.inject({ url: '/api/indicators/bluezone-install-rate' });
    expect(page.json().indicator).toMatchObject({ continuedBy: 'bluezone-users-count' });
    const second = await put('approver', 'bluezone-users-rate', { version: 0, definition: { ...successor, code: 'bluezone-users-rate' } });
    expect(second.statusCode).toBe(400);
    expect(second.json().error.fields).toEqual({ 'definition.continues': validationMessages.en['series-continued'] });
  });
});
