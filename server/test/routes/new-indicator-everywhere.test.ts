/**
 * A new indicator reaches every place that lists indicators without a code change: the catalogue
 * is data. An approver proposes it, another publishes it, an analyst enters a figure and an
 * approver publishes that; then the overview's data, its page, the exports, the import template
 * and a dry run, the yearly review, a screen's playlist and the OpenAPI document all take it.
 */
import {
  catalogueSchema,
  dashboardSchema,
  indicatorDetailSchema,
  INDICATOR_CODE_PATTERN,
  reviewSchema,
  screenContentSchema,
  screenIssuedSchema,
} from '@kpi/shared';
import { newDefinition } from '@kpi/shared/testing';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { definitionUrl } from '../support/definitions.js';
import { importTestApp } from '../support/import-app.js';
import { csv, dryRun } from '../support/imports.js';
import { TEST_SCRYPT } from '../support/scrypt.js';
import { signInAll, type Account } from '../support/users.js';

const CODE = 'public-wifi-communes-rate';
const NAME = { vi: 'Tỷ lệ xã có điểm wifi công cộng', en: 'Communes with a public Wi-Fi spot' };
const YEAR = 2023;
/** 120 of 181 communes: 66.3 % at the definition's one decimal. */
const FIGURE = { kind: 'ratio', numerator: 120, denominator: 181, sourceId: 1, locator: 'Trang 4', acknowledgedWarnings: [] } as const;

/** The rows of an exported or template CSV by machine name (the second header line). */
const rowsOf = (body: string) => Papa.parse<Record<string, string>>(body.replace(/^\uFEFF[^\n]*\n/, ''), { header: true, skipEmptyLines: true }).data;

async function call(app: App, cookie: string, method: 'PUT' | 'POST', url: string, payload: object) {
  const res = await app.inject({ method, url, headers: { cookie }, payload });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as { version: number; observation?: { version: number } };
}

/** What the server caches per data version, read once before the indicator exists. */
const CACHED = [
  `/api/dashboard?year=${YEAR}`,
  '/api/dashboard',
  '/api/catalogue',
  '/api/indicators',
  `/api/exports/figures.csv?from=${YEAR}&to=${YEAR}`,
  '/api/exports/figures.csv?lang=en',
  `/api/exports/figures.xlsx?from=${YEAR}&to=${YEAR}`,
  `/api/reviews/${YEAR}?lang=vi`,
  `/api/reviews/${YEAR}?lang=en`,
];

/**
 * The new indicator published by a second approver, and its figure of YEAR published likewise,
 * after every cached body was built once: the new indicator must not wait for a restart.
 */
async function publishedNewIndicator() {
  const { app, db } = await importTestApp({ scryptForTests: TEST_SCRYPT });
  const cookies = await signInAll(app);
  for (const url of CACHED) expect((await app.inject(url)).statusCode, url).toBe(200);
  const as = (who: Account) => cookies[who];
  const proposed = await call(app, as('approver'), 'PUT', definitionUrl(CODE), { version: 0, definition: newDefinition({ code: CODE, name: NAME }) });
  await call(app, as('approver2'), 'POST', definitionUrl(`${CODE}/publish`), { version: proposed.version });
  const path = `/api/indicators/${CODE}/observations/${YEAR}`;
  const saved = await call(app, as('analyst'), 'PUT', path, { ...FIGURE, version: 0 });
  await call(app, as('approver'), 'POST', `${path}/publish`, { version: saved.observation!.version });
  return { app, db, cookies };
}

describe('a new indicator, once published with a figure', { timeout: 60_000 }, () => {
  it('is on the overview and its own page', async () => {
    const { app } = await publishedNewIndicator();
    const dashboard = dashboardSchema.parse((await app.inject(`/api/dashboard?year=${YEAR}`)).json());
    expect(dashboard.cards.find((c) => c.code === CODE)?.figure).toMatchObject({ year: YEAR, kind: 'ratio', numerator: 120, denominator: 181 });
    const catalogue = catalogueSchema.parse((await app.inject('/api/catalogue')).json());
    expect(catalogue.indicators.find((i) => i.code === CODE)?.name).toEqual(NAME);

    const page = await app.inject(`/api/indicators/${CODE}?year=${YEAR}`);
    expect(page.statusCode).toBe(200);
    const detail = indicatorDetailSchema.parse(page.json());
    expect(detail.indicator.name).toEqual(NAME);
    expect(detail.series.map((s) => [s.year, s.figure?.kind === 'ratio' ? s.figure.numerator : null])).toEqual([[YEAR, 120]]);
    expect(detail.asOf.figure).toMatchObject({ year: YEAR, locator: 'Trang 4', source: { id: 1 } });
  });

  it('is in the figures export, as CSV and XLSX, in both languages', async () => {
    const { app } = await publishedNewIndicator();
    const vi = rowsOf((await app.inject(`/api/exports/figures.csv?indicators=${CODE}`)).body);
    expect(vi).toEqual([expect.objectContaining({ indicator_code: CODE, indicator_name: NAME.vi, year: String(YEAR), numerator: '120', denominator: '181' })]);
    const everything = rowsOf((await app.inject('/api/exports/figures.csv?lang=en')).body);
    expect(everything.filter((r) => r.indicator_code === CODE).map((r) => r.indicator_name)).toEqual([NAME.en]);

    const xlsx = await app.inject(`/api/exports/figures.xlsx?from=${YEAR}&to=${YEAR}`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const codes: unknown[] = [];
    workbook.getWorksheet('figures')!.eachRow((row) => codes.push(row.getCell(1).value));
    expect(codes).toContain(CODE);
  });

  it('has a row in the import template, and a dry run of a file naming it plans a new figure', async () => {
    const { app, cookies } = await publishedNewIndicator();
    const template = await app.inject({ url: '/api/imports/template.csv', headers: { cookie: cookies.analyst } });
    expect(template.statusCode).toBe(200);
    // The year after its latest figure, empty to fill.
    expect(rowsOf(template.body).find((r) => r.indicator_code === CODE)).toMatchObject({ indicator_name: NAME.vi, year: String(YEAR + 1), numerator: '' });
    const xlsx = await app.inject({ url: `/api/imports/template.xlsx?indicators=${CODE}&lang=en`, headers: { cookie: cookies.analyst } });
    expect(xlsx.statusCode).toBe(200);

    const file = csv([
      ['indicator_code', 'year', 'numerator', 'denominator', 'source_id'],
      [CODE, YEAR + 1, 150, 181, 1],
    ]);
    const plan = await dryRun(app, cookies.analyst, 'wifi.csv', file);
    expect(plan.counts).toMatchObject({ total: 1, new: 1, rejected: 0 });
    expect(plan.rows[0]).toMatchObject({ indicatorCode: CODE, year: YEAR + 1, status: 'new', entry: { numerator: 150 } });
  });

  it('has a sentence in its group’s section of the yearly review, in both languages', async () => {
    const { app } = await publishedNewIndicator();
    for (const lang of ['vi', 'en'] as const) {
      const review = reviewSchema.parse((await app.inject(`/api/reviews/${YEAR}?lang=${lang}`)).json());
      const section = review.sections.find((s) => s.sentences.some((x) => x.indicatorCode === CODE));
      expect(section?.group).toBe('telecoms');
      const sentence = section!.sentences.find((x) => x.indicatorCode === CODE)!;
      expect(sentence.text).toContain(NAME[lang]);
      expect(sentence.text).toContain(lang === 'vi' ? '66,3%' : '66.3%');
      expect(sentence.refs.length).toBeGreaterThan(0);
    }
  });

  it('is accepted in a screen’s playlist, whose content then carries its figure', async () => {
    const { app, cookies } = await publishedNewIndicator();
    const created = await app.inject({
      method: 'POST',
      url: '/api/screens',
      headers: { cookie: cookies.admin },
      payload: { name: 'Phòng họp', playlist: [{ type: 'indicator', code: CODE }] },
    });
    expect(created.statusCode).toBe(201);
    const { screen, token } = screenIssuedSchema.parse(created.json());
    expect(screen.playlist).toEqual([{ type: 'indicator', code: CODE }]);
    const content = screenContentSchema.parse((await app.inject(`/api/screens/${screen.id}/content?token=${token}`)).json());
    expect(content.dashboard.year).toBe(YEAR);
    expect(content.dashboard.cards.find((c) => c.code === CODE)?.figure).toMatchObject({ year: YEAR, numerator: 120 });
    expect(content.catalogue.indicators.map((i) => i.code)).toContain(CODE);
  });

  it('needs no change to the OpenAPI document: codes are a pattern there, which the new code matches', async () => {
    const { app } = await publishedNewIndicator();
    const doc = (await app.inject('/docs/json')).body;
    // No indicator code is written into the document, the seeded ones included.
    expect(doc).not.toContain('bluezone-install-rate');
    expect(doc).not.toContain(CODE);
    const paths = JSON.parse(doc).paths as Record<string, Record<string, { parameters?: { name: string; in: string; schema: { pattern?: string } }[] }>>;
    const param = paths['/api/indicators/{code}']!.get!.parameters!.find((p) => p.name === 'code' && p.in === 'path')!;
    expect(param.schema.pattern).toBe(INDICATOR_CODE_PATTERN.source);
    expect(new RegExp(param.schema.pattern!).test(CODE)).toBe(true);
    expect((await app.inject(`/api/indicators/${CODE}`)).statusCode).toBe(200);
  });
});
