import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, type ApiRequest } from '../../../test/api';
import { dashboardWithTasks, indicatorApi } from '../../../test/indicator-fixture';
import { renderApp } from '../../../test/render';

// The indicator page and its chart are lazy chunks, transformed on first use: on a loaded machine
// (the whole suite in parallel) that alone can take more than Vitest's default 5 s.
const LAZY_PAGE_TIMEOUT = 15_000;
// Finding what a lazy chunk renders waits as long (this file only: each test file has its own modules).
configure({ asyncUtilTimeout: 10_000 });

/** The seeded server's dashboard: the report's tasks among the cards. */
function withTasks(url: URL, request: ApiRequest) {
  if (url.pathname === '/api/dashboard') return jsonResponse(dashboardWithTasks(Number(url.searchParams.get('year') ?? 2021)));
  return indicatorApi(url, request);
}

describe('the overview’s key tasks', { timeout: LAZY_PAGE_TIMEOUT }, () => {
  it('lists the tasks in their own section with status word, state, due date and note, apart from the numeric cards', async () => {
    mockFetch(withTasks);
    renderApp('/?year=2021');
    const section = await screen.findByRole('region', { name: /^Nhiệm vụ trọng tâm/ });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const ioc = items.find((item) => item.textContent!.includes('Thí điểm Trung tâm giám sát điều hành đô thị thông minh'))!;
    expect(within(ioc).getByText('Cần đẩy nhanh')).toBeInTheDocument();
    expect(within(ioc).getByText('Chưa bắt đầu')).toBeInTheDocument();
    expect(within(ioc).getByText('Hạn: 31/12/2021')).toBeInTheDocument();
    expect(within(ioc).getByText('Cập nhật: 15/01/2021')).toBeInTheDocument();
    expect(within(ioc).getByText('Nhiệm vụ trọng tâm năm 2021 theo báo cáo tổng kết.')).toBeInTheDocument();
    // Not repeated as a numeric card under its area.
    const area = screen.getByRole('region', { name: /^Chuyển đổi số/ });
    expect(within(area).queryByText(/Thí điểm Trung tâm giám sát/)).not.toBeInTheDocument();
  });

  it('counts a task past its due date and not done as off track, and says so with the date', async () => {
    mockFetch(withTasks);
    renderApp('/?year=2022&lang=en');
    const section = await screen.findByRole('region', { name: /^Key tasks/ });
    expect(within(section).getAllByText('Past due (31/12/2021), not reported done.').length).toBe(2);
    expect(within(section).getAllByText('Off track').length).toBe(2);
    expect(within(section).queryByText('No data')).toBeNull();
  });

  it('opens a task’s page from its name, carrying the year and language', async () => {
    mockFetch(withTasks);
    const { user, location } = renderApp('/?year=2021');
    const section = await screen.findByRole('region', { name: /^Nhiệm vụ trọng tâm/ });
    await user.click(within(section).getByRole('link', { name: 'Trung tâm thông tin phục vụ chỉ đạo điều hành của UBND tỉnh' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Vì sao được đánh giá “Đúng tiến độ”?' })).toBeInTheDocument();
    expect(location().pathname).toBe('/indicators/provincial-information-centre');
    expect(location().search).toBe('?year=2021&lang=vi');
  });
});

describe('the overview cards', { timeout: LAZY_PAGE_TIMEOUT }, () => {
  it('link their title to the indicator page with the year and language, and the page leads back keeping the year', async () => {
    mockFetch(withTasks);
    const { user, location } = renderApp('/?year=2020&lang=en');
    const title = await screen.findByRole('link', { name: 'E-government (ICT application) ranking' });
    expect(title.getAttribute('href')).toBe('/indicators/egov-rank?year=2020&lang=en');
    await user.click(title);
    expect(await screen.findByRole('heading', { level: 2, name: 'E-government (ICT application) ranking' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '← Back to the overview of 2020' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Results for 2020' })).toBeInTheDocument();
    expect(location().search).toBe('?year=2020&lang=en');
  });
});
