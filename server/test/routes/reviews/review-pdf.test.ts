import { formatNumber, formatPercent, reviewSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { pdfPages, topMarginText } from '../../support/pdf-reader.js';

const nfc = (text: string) => text.normalize('NFC');

describe('the yearly review as a PDF', () => {
  it('is the Vietnamese report, its figures and diacritics as the review states them, read back by pdf.js', async () => {
    const { app } = await testApp();
    const review = reviewSchema.parse((await app.inject('/api/reviews/2020?lang=vi')).json());
    const res = await app.inject('/api/reviews/2020/review.pdf?lang=vi');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="bao-cao-ket-qua-2020.pdf"');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pdfPages(res.rawPayload);
    const text = pages.join(' ');
    // The figures as Intl writes them for vi-VN, within the review's own sentences.
    expect(text).toContain(`đạt ${formatPercent(37.6, 'vi', 1, true)}`);
    expect(text).toContain(`${formatNumber(154231, 'vi')}/${formatNumber(519755, 'vi')}`);
    expect(text).toContain('26/63 tỉnh, thành phố, tăng 24 bậc so với năm 2019');
    for (const sentence of review.sections.flatMap((s) => s.sentences)) expect(text).toContain(nfc(sentence.text));
    expect(text).toContain(nfc(review.amongProvinces!.text));
    // Every letter the decree's header and the review's sentences need, marks and all.
    for (const part of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: …/BC-SKHCN',
      'Lạng Sơn, ngày … tháng … năm …',
      'Nơi nhận:',
      'GIÁM ĐỐC',
    ])
      expect(text).toContain(part);
    // In the decree's order: header, type and summary, body, recipients, signatory.
    // Each part must be there, after the one before it.
    let at = -1;
    for (const part of [
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'BÁO CÁO',
      review.title,
      'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      `IV. ${review.tasks!.heading.toLocaleUpperCase('vi')}`,
      'V. LƯU Ý VỀ CHẤT LƯỢNG SỐ LIỆU',
      'Nơi nhận:',
      'GIÁM ĐỐC',
    ]) {
      const next = text.indexOf(part, at + 1);
      expect(next, `"${part}" after character ${at}`).toBeGreaterThan(at);
      at = next;
    }
    // The sources as footnotes: the first sentence's, numbered 1, at the foot of its page.
    const first = review.sections[0]!.sentences[0]!;
    const label = review.sources.find((s) => s.n === first.refs[0])!.label;
    expect(pages[0]).toContain(`${nfc(first.text)}1`);
    expect(pages[0]).toContain(`1 ${nfc(label)}`);
  });

  it('embeds its fonts and numbers its pages from the second, as the decree says', async () => {
    const { app } = await testApp();
    const pdf = (await app.inject('/api/reviews/2020/review.pdf?lang=vi')).rawPayload;
    // TrueType font programs in the file: it reads the same on a machine without Times New Roman.
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSerif/);
    const margins = await topMarginText(pdf, 56);
    expect(margins.length).toBeGreaterThan(1);
    expect(margins[0]).toBe('');
    expect(margins.slice(1)).toEqual(margins.slice(1).map((_, i) => String(i + 2)));
  });

  it('keeps the English review plain: its title, [n] citations and the list of sources', async () => {
    const { app } = await testApp();
    const review = reviewSchema.parse((await app.inject('/api/reviews/2020?lang=en')).json());
    const res = await app.inject('/api/reviews/2020/review.pdf?lang=en');
    expect(res.headers['content-disposition']).toContain('ict-review-2020.pdf');
    const text = (await pdfPages(res.rawPayload)).join(' ');
    expect(text.startsWith(review.title)).toBe(true);
    expect(text).not.toContain('CỘNG HÒA');
    const sentence = review.sections[0]!.sentences[0]!;
    expect(text).toContain(`${sentence.text}${sentence.refs.map((n) => `[${n}]`).join('')}`);
    expect(text).toContain(`[1] ${review.sources[0]!.label}`);
  });

  it('answers a bad year or language with 400 naming the field', async () => {
    const { app } = await testApp();
    const year = await app.inject('/api/reviews/19x9/review.pdf');
    expect(year.statusCode).toBe(400);
    expect(year.json().error.fields).toHaveProperty('year');
    const lang = await app.inject('/api/reviews/2020/review.pdf?lang=fr');
    expect(lang.statusCode).toBe(400);
    expect(lang.json().error.fields).toHaveProperty('lang');
  });
});
