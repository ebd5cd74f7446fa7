import mammoth from 'mammoth';
import { describe, expect, it, vi } from 'vitest';
import { testApp } from '../../support/app.js';
import { pdfPages } from '../../support/pdf-reader.js';
import { signInAll } from '../../support/users.js';

const URL_2020 = '/api/indicators/bluezone-install-rate/commentary/2020';

describe('the yearly review’s analysis and actions', () => {
  it('carries published commentary only, in the JSON, the .docx and the PDF, in both languages', async () => {
    const { app } = await testApp();
    const cookies = await signInAll(app);
    const payload = {
      version: 0,
      analysis: 'Tỷ lệ cài đặt còn thấp ở các xã vùng cao.',
      actions: [{ what: 'Vận động cài đặt tại các xã vùng cao', who: 'Phòng Bưu chính', due: '2021-06-30', done: false }],
    };
    expect((await app.inject({ method: 'PUT', url: URL_2020, headers: { cookie: cookies.analyst }, payload })).statusCode).toBe(200);
    const tasks = async (lang: string) => (await app.inject(`/api/reviews/2020?lang=${lang}`)).json().tasks;
    // A draft is no task yet.
    expect(await tasks('vi')).toMatchObject({ items: [], empty: 'Chưa có phân tích hay nhiệm vụ nào được công bố cho năm 2020.' });

    const publish = await app.inject({ method: 'POST', url: `${URL_2020}/publish`, headers: { cookie: cookies.approver }, payload: { version: 1 } });
    expect(publish.statusCode).toBe(200);
    const vi = await tasks('vi');
    expect(vi.items).toEqual([
      {
        indicatorCode: 'bluezone-install-rate',
        orgUnit: 'lang-son',
        title: 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone',
        analysis: ['Tỷ lệ cài đặt còn thấp ở các xã vùng cao.'],
        actions: ['Vận động cài đặt tại các xã vùng cao — Phòng Bưu chính, thời hạn 30/06/2021 (quá hạn).'],
      },
    ]);
    expect((await tasks('en')).heading).toBe('Analysis and actions');

    const res = await app.inject('/api/reviews/2020/review.docx?lang=vi');
    const { value } = await mammoth.extractRawText({ buffer: res.rawPayload });
    // The report's own part, numbered and in capitals as Decree 30/2020's form has its headings.
    expect(value).toMatch(/[IVX]+\. PHÂN TÍCH VÀ NHIỆM VỤ, GIẢI PHÁP/);
    expect(value).toContain('Tỷ lệ cài đặt còn thấp ở các xã vùng cao.');
    expect(value).toContain('- Vận động cài đặt tại các xã vùng cao — Phòng Bưu chính, thời hạn 30/06/2021 (quá hạn).');

    // The PDF is laid out from the same blocks as the Word report: the analysis is there too.
    const pdf = await app.inject('/api/reviews/2020/review.pdf?lang=vi');
    const pdfText = (await pdfPages(pdf.rawPayload)).join('\n').normalize('NFC');
    expect(pdfText).toContain('PHÂN TÍCH VÀ NHIỆM VỤ, GIẢI PHÁP');
    expect(pdfText.replace(/\s+/g, ' ')).toContain('Tỷ lệ cài đặt còn thấp ở các xã vùng cao.');
  });

  it('says an action is overdue the day after its date, though nothing was written meanwhile', async () => {
    // 30 June 2021, noon in Vietnam: the action's own day, still in time.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-06-30T05:00:00Z'));
    try {
      const { app } = await testApp();
      const cookies = await signInAll(app);
      const payload = { version: 0, analysis: 'Chậm.', actions: [{ what: 'Vận động cài đặt', who: 'Phòng Bưu chính', due: '2021-06-30', done: false }] };
      expect((await app.inject({ method: 'PUT', url: URL_2020, headers: { cookie: cookies.analyst }, payload })).statusCode).toBe(200);
      expect(
        (await app.inject({ method: 'POST', url: `${URL_2020}/publish`, headers: { cookie: cookies.approver }, payload: { version: 1 } })).statusCode,
      ).toBe(200);
      const action = async () => (await app.inject('/api/reviews/2020?lang=vi')).json().tasks.items[0].actions[0] as string;
      expect(await action()).toBe('Vận động cài đặt — Phòng Bưu chính, thời hạn 30/06/2021.');
      // Past midnight in Vietnam: the cached review is not served for the new day.
      vi.setSystemTime(new Date('2021-06-30T17:30:00Z'));
      expect(await action()).toBe('Vận động cài đặt — Phòng Bưu chính, thời hạn 30/06/2021 (quá hạn).');
    } finally {
      vi.useRealTimers();
    }
  });
});
