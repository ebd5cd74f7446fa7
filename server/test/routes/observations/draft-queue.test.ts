import { findUser, updateUser } from '@kpi/db';
import { draftListSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { multipartFile } from '../../support/import-app.js';
import { signInAll } from '../../support/users.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(500, 0x20), Buffer.from('\n%%EOF')]);

async function setup() {
  const { app } = await testApp();
  const cookies = await signInAll(app);
  const analyst = findUser(app.db, 'analyst')!;
  updateUser(app.db, 'analyst', analyst.version, { displayName: 'Nguyễn Thị Lan' });
  const queue = async () => draftListSchema.parse((await app.inject({ url: '/api/drafts', headers: { cookie: cookies.approver } })).json()).drafts;
  return { app, cookies, queue };
}

describe('the approvers’ queue', () => {
  it('gives each draft last year’s published figure, its source’s stored file and the author’s display name', async () => {
    const { app, cookies, queue } = await setup();
    const source = await app.inject({
      method: 'POST',
      url: '/api/sources',
      headers: { cookie: cookies.analyst },
      payload: { number: '12/BC-STTTT', title: 'Báo cáo Bluezone năm 2021', kind: 'report' },
    });
    const sourceId = source.json().id as number;
    const body = multipartFile('Báo cáo 12.pdf', PDF, 'application/pdf');
    const upload = await app.inject({ method: 'POST', url: `/api/sources/${sourceId}/file`, ...body, headers: { ...body.headers, cookie: cookies.analyst } });
    expect(upload.statusCode).toBe(201);
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/indicators/bluezone-install-rate/observations/2021',
      headers: { cookie: cookies.analyst },
      payload: { kind: 'ratio', numerator: 160000, denominator: 520000, version: 0, sourceId, locator: 'Trang 3, bảng 2', publishedText: '30,77%' },
    });
    expect(saved.statusCode).toBe(200);

    const [item] = await queue();
    expect(item).toMatchObject({
      indicatorCode: 'bluezone-install-rate',
      year: 2021,
      authorName: 'Nguyễn Thị Lan',
      unit: { name: 'Lạng Sơn', kind: 'province' },
      draft: {
        createdBy: 'analyst',
        figure: {
          locator: 'Trang 3, bảng 2',
          publishedText: '30,77%',
          source: { id: sourceId, number: '12/BC-STTTT', file: { name: 'Báo cáo 12.pdf', mediaType: 'application/pdf', size: PDF.length } },
        },
      },
      // The seeded 2020 report's figure: 154,231 of 519,755.
      previous: { kind: 'ratio', year: 2020, numerator: 154231, denominator: 519755 },
    });
  });

  it('says there is no previous figure when last year has none published, and names an author whose account is gone by username', async () => {
    const { app, cookies, queue } = await setup();
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/indicators/bluezone-install-rate/observations/2023',
      headers: { cookie: cookies.analyst },
      payload: { kind: 'ratio', numerator: 1, denominator: 2, version: 0, sourceId: 1, acknowledgedWarnings: ['jump'] },
    });
    expect(saved.statusCode).toBe(200);
    app.db.$client.prepare("UPDATE observation_revisions SET created_by = 'former-staff' WHERE state = 'draft'").run();
    expect(await queue()).toMatchObject([{ year: 2023, previous: null, authorName: 'former-staff', draft: { createdBy: 'former-staff' } }]);
  });

  it('names a commune’s or ward’s draft by its unit, from the list of units', async () => {
    const { app, cookies, queue } = await setup();
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/indicators/bluezone-install-rate/observations/2025?unit=tam-thanh',
      headers: { cookie: cookies.analyst },
      payload: { kind: 'ratio', numerator: 9000, denominator: 20000, version: 0, sourceId: 1 },
    });
    expect(saved.statusCode).toBe(200);
    expect(await queue()).toMatchObject([{ orgUnit: 'tam-thanh', year: 2025, unit: { name: 'Tam Thanh', kind: 'ward' } }]);
    // A code the list of units no longer holds still queues its draft, by the code alone.
    app.db.$client.prepare("UPDATE org_units SET code = 'tam-thanh-old' WHERE code = 'tam-thanh'").run();
    expect(await queue()).toMatchObject([{ orgUnit: 'tam-thanh', unit: null }]);
  });
});
