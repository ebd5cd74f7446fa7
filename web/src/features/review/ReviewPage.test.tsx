import { buildReview, type Locale } from '@kpi/shared';
import { testGroups } from '@kpi/shared/testing';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, requestedPaths } from '../../../test/api';
import { indicators, UPDATED_AT } from '../../../test/fixture';
import { renderApp } from '../../../test/render';

/** The API answers reviews as the server does: drafted by @kpi/shared from the 2020 figures. */
function mockReviews() {
  return mockApi({
    'GET /api/reviews/2020': (_request, url) =>
      jsonResponse(buildReview(indicators, testGroups, 2020, (url.searchParams.get('lang') ?? 'vi') as Locale, UPDATED_AT)),
  });
}

class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

/** The browser's speech synthesis with the given voices; `speak` records what it was asked to say. */
function mockSpeech(voices: Partial<SpeechSynthesisVoice>[]) {
  const spoken: FakeUtterance[] = [];
  const speech = {
    getVoices: () => voices as SpeechSynthesisVoice[],
    speak: vi.fn((u: FakeUtterance) => spoken.push(u)),
    cancel: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  vi.stubGlobal('speechSynthesis', speech);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return { speech, spoken };
}

const paragraphText = () =>
  screen
    .getAllByRole('paragraph')
    .map((p) => p.textContent)
    .join('\n');

describe('the yearly review page', () => {
  it('states 29,71 % with its data-quality caveat and each figure’s source, in Vietnamese', async () => {
    mockSpeech([]);
    mockReviews();
    renderApp('/review?year=2020&lang=vi');
    await screen.findByRole('heading', { level: 2, name: 'Kết quả thực hiện các chỉ tiêu Thông tin và Truyền thông năm 2020' });
    expect(paragraphText()).toContain('154.231/519.755, đạt tỷ lệ 29,67% (số công bố 29,71%');
    expect(paragraphText()).toContain('xếp 26/63 tỉnh, thành phố, tăng 24 bậc so với năm 2019');
    expect(screen.getByRole('heading', { name: 'Lưu ý về chất lượng số liệu' })).toBeInTheDocument();
    const caveats = screen.getByRole('region', { name: 'Lưu ý về chất lượng số liệu' });
    expect(caveats.textContent).toMatch(/số công bố 29,71% khác tỷ lệ tính từ tử số và mẫu số \(29,67%\)/);
    // The 37,6 % sentence cites the report [1] and resolution 17/NQ-CP, listed under the sources.
    const services = screen.getByText(/Tỷ lệ dịch vụ công trực tuyến mức độ 4 năm 2020 đạt 37,6%/);
    const refs = [...services.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(refs.length).toBe(2);
    const sources = screen.getByRole('region', { name: 'Nguồn số liệu' });
    for (const href of refs) expect(sources.querySelector(href!)).toBeInTheDocument();
    expect(sources.textContent).toContain('17/NQ-CP ngày 07/03/2019');
  });

  it('says where the indicators are heading, each sentence with its numbered sources', async () => {
    mockReviews();
    renderApp('/review?year=2020&lang=vi');
    const section = (await screen.findByRole('heading', { level: 3, name: 'Xu hướng và dự báo' })).closest('section')!;
    const sentence = [...section.querySelectorAll('.review__sentence')].find((p) => p.textContent?.startsWith('Xếp hạng mức độ ứng dụng CNTT'));
    expect(sentence).toHaveTextContent(/chưa có mục tiêu; giai đoạn 2017–2020 đang cải thiện \(\+[\d,]+% mỗi năm\)\.\[\d+\]\[\d+\]$/);
  });

  it('links the .docx and .pdf downloads with the year and the language', async () => {
    mockSpeech([]);
    mockReviews();
    renderApp('/review?year=2020&lang=en');
    await screen.findByRole('heading', { level: 2, name: 'ICT indicators: results for 2020' });
    expect(paragraphText()).toContain('154,231 of 519,755, a rate of 29.67% (published as 29.71%');
    const link = screen.getByRole('link', { name: 'Download .docx' });
    expect(link.getAttribute('href')).toBe('/api/reviews/2020/review.docx?lang=en');
    expect(link.hasAttribute('download')).toBe(true);
    const pdf = screen.getByRole('link', { name: 'Download .pdf' });
    expect(pdf.getAttribute('href')).toBe('/api/reviews/2020/review.pdf?lang=en');
    expect(pdf.hasAttribute('download')).toBe(true);
  });

  it('offers the Vietnamese report as Word and PDF, named in Vietnamese', async () => {
    mockSpeech([]);
    mockReviews();
    renderApp('/review?year=2020&lang=vi');
    await screen.findByRole('heading', { level: 2, name: 'Kết quả thực hiện các chỉ tiêu Thông tin và Truyền thông năm 2020' });
    expect(screen.getByRole('link', { name: 'Tải về .docx' }).getAttribute('href')).toBe('/api/reviews/2020/review.docx?lang=vi');
    const pdf = screen.getByRole('link', { name: 'Tải về .pdf' });
    expect(pdf.getAttribute('href')).toBe('/api/reviews/2020/review.pdf?lang=vi');
    expect(pdf.getAttribute('title')).toContain('Nghị định 30/2020/NĐ-CP');
  });

  it('asks for the latest year with data when the address names none', async () => {
    mockSpeech([]);
    const fetchMock = mockReviews();
    renderApp('/review?lang=vi');
    // The fixture's latest year has no review route: the page asks for that year's review.
    await waitFor(() => expect(requestedPaths(fetchMock).some((p) => /^\/api\/reviews\/\d{4}\?lang=vi$/.test(p))).toBe(true));
  });

  it('shows “Đọc to” disabled, with the reason, when the browser has no Vietnamese voice', async () => {
    const { speech } = mockSpeech([{ lang: 'en-US', name: 'English', default: true }]);
    mockReviews();
    renderApp('/review?year=2020&lang=vi');
    const button = await screen.findByRole('button', { name: 'Đọc to' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    const reason = document.getElementById(button.getAttribute('aria-describedby')!);
    expect(reason?.textContent).toContain('chưa có giọng đọc tiếng Việt');
    expect(speech.speak).not.toHaveBeenCalled();
  });

  it('reads the review in a Vietnamese voice, pauses, stops, and stops on leaving the page', async () => {
    const viVoice = { lang: 'vi-VN', name: 'Tiếng Việt', default: false };
    const { speech, spoken } = mockSpeech([{ lang: 'en-US', name: 'English', default: true }, viVoice]);
    mockReviews();
    const { user, unmount } = renderApp('/review?year=2020&lang=vi');
    const button = await screen.findByRole('button', { name: 'Đọc to' });
    expect((button as HTMLButtonElement).disabled).toBe(false);
    await user.click(button);
    expect(spoken.length).toBeGreaterThan(3);
    expect(spoken.every((u) => u.voice === (viVoice as unknown))).toBe(true);
    expect(spoken[0]!.text).toBe('Kết quả thực hiện các chỉ tiêu Thông tin và Truyền thông năm 2020');
    expect(spoken.some((u) => u.text.includes('tăng 24 bậc so với năm 2019'))).toBe(true);
    expect(spoken.some((u) => u.text.includes('['))).toBe(false); // reference marks are not read

    await user.click(screen.getByRole('button', { name: 'Tạm dừng' }));
    expect(speech.pause).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Đọc tiếp' }));
    expect(speech.resume).toHaveBeenCalled();
    speech.cancel.mockClear();
    await user.click(screen.getByRole('button', { name: 'Dừng đọc' }));
    expect(speech.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Đọc to' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Đọc to' }));
    speech.cancel.mockClear();
    unmount();
    expect(speech.cancel).toHaveBeenCalled();
  });

  it('prints through the browser', async () => {
    mockSpeech([]);
    mockReviews();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { user } = renderApp('/review?year=2020&lang=vi');
    await user.click(await screen.findByRole('button', { name: 'In' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('opens from the header on the year and language the reader is looking at', async () => {
    mockSpeech([]);
    mockReviews();
    const { user, location } = renderApp('/?year=2020&lang=en');
    await user.click(await screen.findByRole('link', { name: 'Yearly review' }));
    await screen.findByRole('heading', { level: 2, name: 'ICT indicators: results for 2020' });
    expect(location().pathname).toBe('/review');
    expect(location().search).toBe('?year=2020&lang=en');
  });
});
