import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';

describe('the yearly review among the provinces', () => {
  it('gives Lạng Sơn’s rank and change from the DTI tables, citing the sources the rows cite', async () => {
    const { app } = await testApp();
    const review = (await app.inject({ url: '/api/reviews/2023?lang=vi' })).json();
    expect(review.amongProvinces.text).toBe(
      'Trong bảng xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023 của 63 tỉnh, thành phố, Lạng Sơn xếp thứ 4, tăng 2 bậc so với năm 2022 (thứ 6); dẫn đầu là Đà Nẵng, TP Hồ Chí Minh và Huế.',
    );
    const cited = review.amongProvinces.refs.map((n: number) => review.sources.find((s: { n: number }) => s.n === n).source.title);
    expect(cited).toEqual(['Hà Nội xếp thứ 6…', 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022']);
  });

  it('holds the same paragraph in the .docx: its sources a footnote in the Vietnamese report, [n] in English', async () => {
    const { app } = await testApp();
    const review = (await app.inject({ url: '/api/reviews/2023?lang=vi' })).json();
    const res = await app.inject('/api/reviews/2023/review.docx?lang=vi');
    expect(res.statusCode).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(value).toContain(review.amongProvinces.heading.toLocaleUpperCase('vi'));
    expect(value).toContain(review.amongProvinces.text);
    const english = (await app.inject({ url: '/api/reviews/2023?lang=en' })).json();
    const { value: plain } = await mammoth.extractRawText({ buffer: (await app.inject('/api/reviews/2023/review.docx?lang=en')).rawPayload });
    expect(plain).toContain(english.amongProvinces.heading);
    expect(plain).toContain(`${english.amongProvinces.text}${english.amongProvinces.refs.map((n: number) => `[${n}]`).join('')}`);
  });

  it('says when the 2024 table of 34 has no sourced rank for Lạng Sơn, and never compares places across the break', async () => {
    const { app } = await testApp();
    const review = (await app.inject({ url: '/api/reviews/2024?lang=en' })).json();
    expect(review.amongProvinces.text).toBe(
      'The 2024 DTI table of 34 provinces and cities has no rank of Lạng Sơn from a recorded source; the leaders were Hà Nội, Huế and Hải Phòng.',
    );
    expect((await app.inject({ url: '/api/reviews/2019?lang=vi' })).json().amongProvinces).toBeNull();
  });
});
