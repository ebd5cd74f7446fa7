import mammoth from 'mammoth';
import { reviewSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';

describe('the yearly review', () => {
  it('drafts 2020 from the seeded report in Vietnamese, citing sources', async () => {
    const { app } = await testApp();
    const res = await app.inject('/api/reviews/2020?lang=vi');
    expect(res.statusCode).toBe(200);
    const review = reviewSchema.parse(res.json());
    const text = review.sections.flatMap((s) => s.sentences.map((x) => x.text)).join('\n');
    expect(text).toContain('37,6%, hoàn thành vượt mức mục tiêu 30% theo 17/NQ-CP ngày 07/03/2019');
    expect(text).toContain('26/63 tỉnh, thành phố, tăng 24 bậc so với năm 2019');
    expect(text).toContain('số công bố 29,71%');
    expect(review.sources.some((s) => s.source.number === '17/NQ-CP')).toBe(true);
    // Every sentence cites a source, and the report's figures name the paragraph they come from.
    expect(review.sections.flatMap((s) => s.sentences).every((s) => s.refs.length > 0)).toBe(true);
    expect(review.sources.some((s) => s.locator?.startsWith('Đoạn "Năm 2020') && s.label.includes(s.locator))).toBe(true);
    expect(review.caveats.every((c) => c.refs.length > 0)).toBe(true);
  });

  it('downloads as a .docx that opens and holds the figures', async () => {
    const { app } = await testApp();
    const res = await app.inject('/api/reviews/2020/review.docx?lang=vi');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('bao-cao-ket-qua-2020.docx');
    const { value } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(value).toContain('Kết quả thực hiện các chỉ tiêu Thông tin và Truyền thông năm 2020');
    expect(value).toContain('37,6%');
    expect(value).toContain('26/63');
    // Where we are heading, from the same outlooks as the cards: the ICT Index rank has no target, so its trend.
    expect(value).toContain('XU HƯỚNG VÀ DỰ BÁO');
    expect(value).toMatch(/Xếp hạng Vietnam ICT Index chưa có mục tiêu; giai đoạn 2016–2018 đang cải thiện \(\+[\d,]+% mỗi năm\)\./);
    expect(value).toContain('LƯU Ý VỀ CHẤT LƯỢNG SỐ LIỆU');
    // The sources are the sentences' footnotes in the Vietnamese report (review-docx.test.ts), a numbered list in English.
    const { value: english } = await mammoth.extractRawText({ buffer: (await app.inject('/api/reviews/2020/review.docx?lang=en')).rawPayload });
    expect(english).toContain('Sources');
    expect(english).toMatch(/\[\d+\] 17\/NQ-CP of 07\/03\/2019/);
  });

  it('answers a bad year or language with 400', async () => {
    const { app } = await testApp();
    expect((await app.inject('/api/reviews/abc')).statusCode).toBe(400);
    expect((await app.inject('/api/reviews/2020?lang=fr')).statusCode).toBe(400);
    expect((await app.inject('/api/reviews/2020/review.docx?lang=fr')).statusCode).toBe(400);
  });
});
