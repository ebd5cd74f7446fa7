import { reviewSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { attrs, findAll, readDocx, textOf } from '../../support/docx-reader.js';

/** The index of the first paragraph at or after `from` whose text is `text` (or matches it); -1 when none. */
function indexOf(texts: string[], text: string | RegExp, from = 0): number {
  const i = texts.slice(from).findIndex((t) => (typeof text === 'string' ? t === text : text.test(t)));
  return i < 0 ? -1 : i + from;
}

describe('the Vietnamese review as a Word report in the form of Decree 30/2020/NĐ-CP', () => {
  it('has the decree’s parts in the decree’s order, from the header to the signatory', async () => {
    const { app } = await testApp();
    const review = reviewSchema.parse((await app.inject('/api/reviews/2020?lang=vi')).json());
    const res = await app.inject('/api/reviews/2020/review.docx?lang=vi');
    expect(res.statusCode).toBe(200);
    const { texts } = await readDocx(res.rawPayload);
    const order = [
      'UBND TỈNH LẠNG SƠN',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Số: …/BC-SKHCN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Lạng Sơn, ngày … tháng … năm …',
      'BÁO CÁO',
      'Kết quả thực hiện các chỉ tiêu Thông tin và Truyền thông năm 2020',
      review.intro,
      'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      `1. ${review.sections[0]!.heading}`,
      review.sections[0]!.sentences[0]!.text,
      `2. ${review.sections[1]!.heading}`,
      `II. ${review.outlook.heading.toLocaleUpperCase('vi')}`,
      `III. ${review.amongProvinces!.heading.toLocaleUpperCase('vi')}`,
      `IV. ${review.tasks!.heading.toLocaleUpperCase('vi')}`,
      'V. LƯU Ý VỀ CHẤT LƯỢNG SỐ LIỆU',
      'Nơi nhận:',
      '- UBND tỉnh (b/c);',
      '- Lưu: VT.',
      'GIÁM ĐỐC',
    ];
    // The header table is read row by row, cell by cell: the agency's column, then the motto's.
    let at = -1;
    for (const part of order) {
      const next = indexOf(texts, part, at + 1);
      expect(next, `"${part}" after paragraph ${at}`).toBeGreaterThan(at);
      at = next;
    }
    // No plain-form remnants: the sources are footnotes now, not a list.
    expect(texts).not.toContain('Nguồn số liệu');
    expect(texts.join('\n')).not.toMatch(/\[\d+\]/);
  });

  it('keeps every sentence’s sources as its footnote, so they go where the sentence goes', async () => {
    const { app } = await testApp();
    const review = reviewSchema.parse((await app.inject('/api/reviews/2020?lang=vi')).json());
    const { paragraphs, footnotes } = await readDocx((await app.inject('/api/reviews/2020/review.docx?lang=vi')).rawPayload);
    const sentence = review.sections[0]!.sentences[0]!;
    const paragraph = paragraphs.find((p) => textOf(p) === sentence.text)!;
    const [reference] = findAll([paragraph], 'w:footnoteReference');
    const note = footnotes.find((n) => attrs(n)['w:id'] === attrs(reference!)['w:id'])!;
    const labels = sentence.refs.map((n) => review.sources.find((s) => s.n === n)!.label);
    expect(textOf(note).trim()).toBe(`${labels.join('; ')}.`);
    // One note per citing sentence, outlook, ranking paragraph and caveat alike.
    const citing = [...review.sections.flatMap((s) => s.sentences), ...review.outlook.sentences, review.amongProvinces!, ...review.caveats];
    expect(footnotes).toHaveLength(citing.filter((s) => s.refs.length > 0).length);
    expect(textOf({ all: footnotes }).includes('17/NQ-CP ngày 07/03/2019')).toBe(true);
  });

  it('is A4 in the decree’s margins, numbered from the second page and not on the first', async () => {
    const { app } = await testApp();
    const { sectPr, header } = await readDocx((await app.inject('/api/reviews/2020/review.docx?lang=vi')).rawPayload);
    expect(attrs(findAll([sectPr], 'w:pgSz')[0]!)).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    // 20 mm top and bottom, 30 mm left, 20 mm right, in twips (Appendix I, I.3).
    expect(attrs(findAll([sectPr], 'w:pgMar')[0]!)).toMatchObject({ 'w:top': '1134', 'w:bottom': '1134', 'w:left': '1701', 'w:right': '1134' });
    expect(findAll([sectPr], 'w:titlePg')).toHaveLength(1);
    expect(header('default')).toMatch(/PAGE/);
    expect(header('first')).not.toBeNull();
    expect(header('first')).not.toMatch(/PAGE/);
  });

  it('takes the agency, place, symbol, signatory and recipients from the configuration', async () => {
    const { app } = await testApp({
      reviewAgency: {
        superior: 'UBND tỉnh Cao Bằng',
        agency: 'Sở Khoa học và Công nghệ',
        place: 'Cao Bằng',
        symbol: 'KHCN',
        signatory: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
        recipients: ['Bộ Khoa học và Công nghệ (b/c)', 'Lưu: VT, KHTC'],
      },
    });
    const { texts } = await readDocx((await app.inject('/api/reviews/2020/review.docx?lang=vi')).rawPayload);
    for (const part of [
      'UBND TỈNH CAO BẰNG',
      'Số: …/BC-KHCN',
      'Cao Bằng, ngày … tháng … năm …',
      '- Bộ Khoa học và Công nghệ (b/c);',
      '- Lưu: VT, KHTC.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
    ])
      expect(texts).toContain(part);
  });

  it('leaves the English review in its plain form: a title, sections, [n] citations and the sources', async () => {
    const { app } = await testApp();
    const res = await app.inject('/api/reviews/2020/review.docx?lang=en');
    expect(res.headers['content-disposition']).toContain('ict-review-2020.docx');
    const { texts, footnotes } = await readDocx(res.rawPayload);
    expect(texts[0]).toBe('ICT indicators: results for 2020');
    expect(texts).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts).toContain('Sources');
    expect(texts.some((t) => /^\[1\] /.test(t))).toBe(true);
    expect(footnotes).toHaveLength(0);
  });
});
