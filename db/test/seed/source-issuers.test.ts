import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/open-db.js';
import { listSources } from '../../src/queries.js';
import { sources } from '../../src/schema.js';
import { seedDatabase, seedSources } from '../../src/seed/index.js';

const BACKFILL = new URL('../../migrations/0009_backfill_seeded_source_issuers.sql', import.meta.url);
const OUTLET = /\.(vn|com)\b|^Báo |VietNamNet|Khoa học và Phát triển/;

describe('a source’s issuer is the body that issued it', () => {
  it('never names a newspaper or a website as a seeded source’s issuer, and keeps it as the publisher', () => {
    for (const source of seedSources) expect(source.issuer ?? '', source.key).not.toMatch(OUTLET);
    const db = openDb(':memory:');
    seedDatabase(db);
    const dti2020 = listSources(db, { all: true }).find((s) => s.title === 'Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2020 của Lạng Sơn');
    expect(dti2020).toMatchObject({ issuer: 'Bộ Thông tin và Truyền thông', publisher: 'Báo Lạng Sơn (baolangson.vn)' });
    // No source says who issued the news item's figure: unknown, not guessed.
    const news = listSources(db, { all: true }).find((s) => s.title === 'Lạng Sơn đưa 100% dịch vụ công lên trực tuyến mức 4 trong 30 ngày');
    expect(news).toMatchObject({ issuer: null, publisher: 'Khoa học và Phát triển (khoahocphattrien.vn)' });
  });

  it('moves the outlet of a database seeded before to its publisher, leaving an analyst’s own source alone', () => {
    const db = openDb(':memory:');
    const insert = (title: string, issuer: string) =>
      db.insert(sources).values({ title, issuer, kind: 'news', number: null, date: null, url: null, note: null }).run();
    insert('Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2020 của Lạng Sơn', 'Báo Lạng Sơn (baolangson.vn)');
    insert('Lạng Sơn xếp hạng 5 toàn quốc về chỉ số DTI 2021', 'Sở Thông tin và Truyền thông tỉnh Lạng Sơn (stttt.langson.gov.vn)');
    insert('Bài của một chuyên viên', 'Báo Lạng Sơn (baolangson.vn)');
    for (const statement of readFileSync(BACKFILL, 'utf8').split('--> statement-breakpoint')) db.$client.exec(statement);
    expect(listSources(db, { all: true }).map((s) => [s.issuer, s.publisher])).toEqual([
      ['Bộ Thông tin và Truyền thông', 'Báo Lạng Sơn (baolangson.vn)'],
      ['Bộ Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông tỉnh Lạng Sơn (stttt.langson.gov.vn)'],
      ['Báo Lạng Sơn (baolangson.vn)', null],
    ]);
  });
});
