import type { Target } from '@kpi/shared';
import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockFetch, requestedPaths } from '../../../test/api';
import { detailFor, indicatorApi } from '../../../test/indicator-fixture';
import { renderApp } from '../../../test/render';

// The indicator page and its chart are lazy chunks, transformed on first use: on a loaded machine
// (the whole suite in parallel) that alone can take more than Vitest's default 5 s.
const LAZY_PAGE_TIMEOUT = 15_000;
// Finding what a lazy chunk renders waits as long (this file only: each test file has its own modules).
configure({ asyncUtilTimeout: 10_000 });

/** The facts of "why this colour", as label → value. */
async function whyFacts(): Promise<Record<string, string>> {
  const heading = await screen.findByRole('heading', { level: 3, name: /^Vì sao được đánh giá|^Why “/ });
  const section = heading.closest('section')!;
  const facts: Record<string, string> = {};
  for (const row of section.querySelectorAll('.facts__row')) {
    facts[row.querySelector('dt')!.textContent!] = row.querySelector('dd')!.textContent!;
  }
  return facts;
}

/** The visible table of the series (not the chart's screen-reader table), row by year. */
async function seriesRow(year: number) {
  const table = await screen.findByRole('table', { name: /^(Số liệu, mục tiêu và đánh giá theo năm|Figures, targets and status by year)/ });
  return within(table)
    .getByRole('rowheader', { name: String(year) })
    .closest('tr')!;
}

describe('IndicatorPage in Vietnamese', { timeout: LAZY_PAGE_TIMEOUT }, () => {
  it('explains the e-government rank: 50 → 26 is up 24 places, and no document sets a target', async () => {
    mockFetch(indicatorApi);
    renderApp('/indicators/egov-rank?year=2020');

    expect(await screen.findByRole('heading', { level: 2, name: 'Xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử' })).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Tình hình năm 2020' });
    expect(within(summary).getByText('26/63')).toBeInTheDocument();
    expect(within(summary).getByText('↑ 24 bậc so với 2019')).toBeInTheDocument();

    expect(screen.getByRole('heading', { level: 3, name: 'Vì sao được đánh giá “Chưa có mục tiêu”?' })).toBeInTheDocument();
    const facts = await whyFacts();
    expect(facts['Số liệu mới nhất']).toBe('Năm 2020: 26/63');
    expect(facts['Ngưỡng đánh giá']).toBe('Chưa có văn bản giao mục tiêu nên chưa đánh giá được tiến độ');
    expect(facts['Phương pháp']).toContain('Biểu đồ tiến độ SDG của Cơ quan Thống kê Liên hợp quốc (UNSD)');
    expect(screen.getByRole('link', { name: 'Xem cách tính' }).getAttribute('href')).toBe('#method');
    expect(screen.getByRole('heading', { level: 3, name: 'Cách đánh giá tiến độ' })).toBeInTheDocument();

    expect((await seriesRow(2019)).textContent).toContain('50/63');
    expect((await seriesRow(2020)).textContent).toContain('↑ 24 bậc so với 2019');
    expect(screen.getByText('Chưa có văn bản nào giao mục tiêu cho chỉ tiêu này.')).toBeInTheDocument();
  });

  it('shows level-4 services at 37,6 % against the 30 % of 17/NQ-CP as achieved, with the target’s document', async () => {
    mockFetch(indicatorApi);
    renderApp('/indicators/online-services-level4-rate?year=2020');

    const facts = await whyFacts();
    expect(screen.getByRole('heading', { level: 3, name: 'Vì sao được đánh giá “Đạt mục tiêu”?' })).toBeInTheDocument();
    expect(facts['Số liệu mới nhất']).toBe('Năm 2020: 37,6%');
    expect(facts['Mục tiêu áp dụng']).toBe('≥ 30% vào năm 2020, theo 17/NQ-CP');
    expect(facts['Ngưỡng đánh giá']).toBe('37,6% so với mục tiêu ≥ 30%: đã đạt');

    const targets = screen.getByRole('table', { name: /^Các mục tiêu theo năm/ });
    const row2020 = within(targets).getByRole('rowheader', { name: '2020' }).closest('tr')!;
    expect(row2020.textContent).toContain('17/NQ-CP – Nghị quyết về nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử 2019 - 2020');
    expect(row2020.textContent).toContain('Đang áp dụng');

    // The whole series, 2021 included, and the chart's own table for screen readers.
    expect((await seriesRow(2021)).textContent).toContain('100%');
    expect(await screen.findByRole('table', { name: 'Số liệu theo năm: Tỷ lệ dịch vụ công trực tuyến mức độ 4' })).toBeInTheDocument();
    const back = screen.getByRole('link', { name: '← Về trang tổng quan năm 2020' });
    expect(back.getAttribute('href')).toBe('/?year=2020&lang=vi');
  });

  it('puts Bluezone’s published 29,71 % beside the computed 29,67 % and flags the difference', async () => {
    mockFetch(indicatorApi);
    renderApp('/indicators/bluezone-install-rate?year=2020');

    const row = await seriesRow(2020);
    expect(within(row).getByText('29,67% (154.231/519.755)')).toBeInTheDocument();
    const published = within(row)
      .getByText(/29,71%/)
      .closest('td')!;
    expect(published.textContent).toContain('Cảnh báo chất lượng dữ liệu');
    const quality = screen.getByRole('region', { name: 'Ghi chú và cảnh báo chất lượng dữ liệu' });
    expect(within(quality).getByText(/Số công bố 29,71% khác số tính từ tử\/mẫu 29,67%/)).toBeInTheDocument();

    const sources = screen.getByRole('region', { name: 'Nguồn số liệu' });
    expect(within(sources).getByText('Số liệu năm 2020')).toBeInTheDocument();
    expect(within(sources).getByText('Hội nghị tổng kết công tác Thông tin và Truyền thông năm 2020')).toBeInTheDocument();
    expect(within(sources).getByText(/154\.231\/519\.755 smartphone, đạt tỷ lệ 29\.71%/)).toBeInTheDocument();
  });

  it('links each source to its stored scan, or else to its address', async () => {
    const detail = detailFor('online-services-level4-rate', 2021);
    const [first, second] = detail.series;
    if (first?.figure?.source)
      first.figure.source = { ...first.figure.source, file: { name: 'bao-cao.pdf', mediaType: 'application/pdf', size: 1258291, sha256: 'ab' } };
    if (second?.figure?.source) second.figure.source = { ...second.figure.source, url: 'https://example.vn/tin-bai' };
    mockFetch((url, request) => (url.pathname === '/api/indicators/online-services-level4-rate' ? jsonResponse(detail) : indicatorApi(url, request)));
    renderApp('/indicators/online-services-level4-rate?year=2021');

    const scan = await screen.findByRole('link', { name: 'Xem bản scan “Hội nghị tổng kết công tác Thông tin và Truyền thông năm 2020” (1,2 MB)' });
    expect(scan.getAttribute('href')).toBe(`/api/sources/${first!.figure!.source!.id}/file`);
    const external = screen.getByRole('link', { name: /^Mở văn bản “Lạng Sơn đưa 100% dịch vụ công/ });
    expect(external.getAttribute('href')).toBe('https://example.vn/tin-bai');
  });

  it('shows every revision of a revised target and which one is in force', async () => {
    const detail = detailFor('online-services-level4-rate', 2020);
    const first = detail.targets[0]!;
    detail.targets = [{ ...first, value: 25, revision: 1, inForce: false }, { ...first, revision: 2, inForce: true }, ...detail.targets.slice(1)];
    mockFetch((url, request) => (url.pathname === '/api/indicators/online-services-level4-rate' ? jsonResponse(detail) : indicatorApi(url, request)));
    renderApp('/indicators/online-services-level4-rate?year=2020');

    const targets = await screen.findByRole('table', { name: /^Các mục tiêu theo năm/ });
    const rows = within(targets)
      .getAllByRole('rowheader', { name: '2020' })
      .map((cell) => cell.closest('tr')!.textContent);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/≥ 30%.*2.*Đang áp dụng/);
    expect(rows[1]).toMatch(/≥ 25%.*1.*Đã được thay thế/);
  });

  it('links a target’s document to its stored scan, and only the one that has one', async () => {
    const detail = detailFor('online-services-level4-rate', 2020);
    const [first, second] = detail.targets as [Target, Target];
    const scan = { name: 'nq17.pdf', mediaType: 'application/pdf', size: 1258291, sha256: 'ab' };
    detail.targets = [{ ...first, source: { ...first.source!, file: scan } }, second];
    mockFetch((url, request) => (url.pathname === '/api/indicators/online-services-level4-rate' ? jsonResponse(detail) : indicatorApi(url, request)));
    renderApp('/indicators/online-services-level4-rate?year=2020');

    const targets = await screen.findByRole('table', { name: /^Các mục tiêu theo năm/ });
    const row = (year: number) =>
      within(targets)
        .getByRole('rowheader', { name: String(year) })
        .closest('tr')!;
    expect(within(row(2020)).getByRole('link', { name: 'Xem bản scan “17/NQ-CP” (1,2 MB)' })).toHaveAttribute('href', `/api/sources/${first.source!.id}/file`);
    expect(within(row(2021)).queryByRole('link')).not.toBeInTheDocument();
  });

  it('tracks a task: its state, due date, last report, and that it is behind once its due date passed undone', async () => {
    mockFetch(indicatorApi);
    renderApp('/indicators/smart-city-ioc-pilot?year=2022');

    expect(await screen.findByRole('heading', { level: 3, name: 'Vì sao được đánh giá “Chậm tiến độ”?' })).toBeInTheDocument();
    expect(screen.getByText('Quá hạn 31/12/2021, chưa báo hoàn thành.')).toBeInTheDocument();
    const facts = await whyFacts();
    expect(facts['Tình trạng']).toBe('Chưa bắt đầu');
    expect(facts['Hạn hoàn thành']).toBe('31/12/2021');
    expect(facts['Báo cáo gần nhất']).toBe('15/01/2021');
    expect(facts['Phương pháp']).toContain('Theo tình trạng báo cáo và hạn hoàn thành');
    const history = screen.getByRole('table', { name: /^Tình trạng nhiệm vụ theo năm/ });
    const row = within(history).getByRole('rowheader', { name: '2021' }).closest('tr')!;
    expect(row.textContent).toContain('Chưa bắt đầu');
    expect(row.textContent).toContain('Cần đẩy nhanh');
  });
});

describe('IndicatorPage of a replaced indicator', { timeout: LAZY_PAGE_TIMEOUT }, () => {
  it('still opens, says which indicator replaced it from which year, and links to it', async () => {
    mockFetch(indicatorApi);
    const { user, location } = renderApp('/indicators/egov-rank?year=2022');
    await screen.findByRole('heading', { level: 2, name: 'Xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử' });
    const notice = screen.getByText(/^Đã được thay thế bởi/);
    expect(notice).toHaveTextContent('Đã được thay thế bởi Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) từ năm 2021.');
    // Its last figure stays on its page, with its year.
    expect(within(screen.getByRole('region', { name: 'Tình hình năm 2022' })).getByText('Số liệu năm 2020')).toBeInTheDocument();
    await user.click(within(notice).getByRole('link', { name: 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)' })).toBeInTheDocument();
    expect(`${location().pathname}${location().search}`).toBe('/indicators/dti-rank?year=2022&lang=vi');
    expect(screen.queryByText(/^Đã được thay thế bởi/)).toBeNull();
  });
});

describe('IndicatorPage: language, year and failures', { timeout: LAZY_PAGE_TIMEOUT }, () => {
  it('speaks English with ?lang=en and asks the API for the year in the address', async () => {
    const fetchMock = mockFetch(indicatorApi);
    renderApp('/indicators/online-services-level4-rate?year=2020&lang=en');

    expect(await screen.findByRole('heading', { level: 3, name: 'Why “Achieved”?' })).toBeInTheDocument();
    const facts = await whyFacts();
    expect(facts['Latest figure']).toBe('2020: 37.6%');
    expect(facts['Target in force']).toBe('≥ 30% by 2020, set by 17/NQ-CP');
    expect(requestedPaths(fetchMock)).toContain('/api/indicators/online-services-level4-rate?year=2020');
    expect(screen.getByRole('link', { name: '← Back to the overview of 2020' }).getAttribute('href')).toBe('/?year=2020&lang=en');
  });

  it('changes year from the picker, keeping it in the address', async () => {
    const fetchMock = mockFetch(indicatorApi);
    const { user, location } = renderApp('/indicators/online-services-level4-rate?year=2020');
    await screen.findByRole('heading', { level: 3, name: 'Vì sao được đánh giá “Đạt mục tiêu”?' });
    await user.selectOptions(screen.getByLabelText('Năm'), '2021');
    expect(await screen.findByRole('region', { name: 'Tình hình năm 2021' })).toBeInTheDocument();
    expect(location().search).toContain('year=2021');
    expect(requestedPaths(fetchMock)).toContain('/api/indicators/online-services-level4-rate?year=2021');
  });

  it('answers an unknown code with a not-found page that leads back to the overview of the year', async () => {
    const fetchMock = mockFetch(indicatorApi);
    renderApp('/indicators/no-such-indicator?year=2020');
    expect(await screen.findByRole('heading', { level: 2, name: 'Không tìm thấy chỉ tiêu' })).toBeInTheDocument();
    expect(screen.getByText(/Không có chỉ tiêu nào mang mã “no-such-indicator”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang tổng quan' }).getAttribute('href')).toBe('/?year=2020&lang=vi');
    expect(requestedPaths(fetchMock)).toContain('/api/indicators/no-such-indicator?year=2020');
  });

  it('does not ask the API about a malformed code', async () => {
    const fetchMock = mockFetch(indicatorApi);
    renderApp('/indicators/Bad_Code');
    expect(await screen.findByRole('heading', { level: 2, name: 'Không tìm thấy chỉ tiêu' })).toBeInTheDocument();
    expect(requestedPaths(fetchMock).filter((path) => path.startsWith('/api/indicators'))).toEqual([]);
  });

  it('says when the figures cannot be loaded, and retries', async () => {
    let failing = true;
    mockFetch((url, request) => (url.pathname.startsWith('/api/indicators/') && failing ? errorResponse(500, 'internal') : indicatorApi(url, request)));
    const { user } = renderApp('/indicators/egov-rank?year=2020');
    expect(await screen.findByRole('heading', { name: 'Không tải được số liệu' })).toBeInTheDocument();
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử' })).toBeInTheDocument();
  });
});
