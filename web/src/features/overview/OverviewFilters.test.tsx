import { buildCard, type Dashboard } from '@kpi/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LOCALE_STORAGE_KEY } from '../../i18n/I18nProvider';
import { fixtureApi, jsonResponse, mockFetch } from '../../../test/api';
import { dashboardFor, indicators } from '../../../test/fixture';
import { renderApp } from '../../../test/render';

/** The headings of the cards on screen, in order. */
function cardTitles(): string[] {
  return screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent ?? '');
}

function statusButton(name: RegExp) {
  return within(screen.getByRole('list', { name: 'Tổng hợp trạng thái các chỉ tiêu' })).getByRole('button', { name });
}

/** 2020 with the e-ID indicator fallen behind: 11 % against a target of 20 % for 2020. */
function dashboardWithOneBehind(): Dashboard {
  const eid = indicators.find((data) => data.indicator.code === 'eid-authentication-rate')!;
  const template = indicators[0]!.figures[0]!;
  const behind = {
    ...eid,
    figures: [
      { ...template, year: 2019, value: 10 },
      { ...template, year: 2020, value: 11 },
    ],
  };
  const base = dashboardFor(2020);
  return { ...base, cards: base.cards.map((card) => (card.code === 'eid-authentication-rate' ? buildCard(behind, 2020) : card)) };
}

beforeEach(() => window.localStorage.clear());

describe('Overview filters', () => {
  it('filters to a status when its count is clicked, writes it to the address, and clears on a second click', async () => {
    mockFetch();
    const { user, location } = renderApp('/?year=2020');
    const all = (await screen.findAllByRole('heading', { level: 3 })).length;

    const achieved = statusButton(/Đạt mục tiêu/);
    await user.click(achieved);
    expect(achieved.getAttribute('aria-pressed')).toBe('true');
    expect(new URLSearchParams(location().search).get('status')).toBe('achieved');
    await waitFor(() => expect(cardTitles()).toEqual(['Tỷ lệ dịch vụ công trực tuyến mức độ 4']));
    expect(screen.getByText(/Chỉ xem: Đạt mục tiêu\. Đang hiển thị 1 trên 9 chỉ tiêu/)).toBeInTheDocument();

    await user.click(achieved);
    expect(achieved.getAttribute('aria-pressed')).toBe('false');
    expect(new URLSearchParams(location().search).get('status')).toBeNull();
    await waitFor(() => expect(cardTitles()).toHaveLength(all));
  });

  it('puts the indicator furthest behind first, and its status first in the summary', async () => {
    mockFetch((url, request) => (url.pathname === '/api/dashboard' ? jsonResponse(dashboardWithOneBehind()) : fixtureApi(url, request)));
    const { user } = renderApp('/?year=2020');
    const egov = await screen.findByRole('region', { name: /Chính quyền điện tử/ });
    const titles = within(egov)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles[0]).toBe('Tỷ lệ người dân, doanh nghiệp được xác thực định danh điện tử');

    const strip = screen.getByRole('list', { name: 'Tổng hợp trạng thái các chỉ tiêu' });
    const first = within(strip).getAllByRole('button')[0]!;
    expect(first.textContent).toContain('Chậm tiến độ');
    expect(first.textContent).toContain('1');
    await user.click(first);
    await waitFor(() => expect(cardTitles()).toEqual(['Tỷ lệ người dân, doanh nghiệp được xác thực định danh điện tử']));
  });

  it('narrows to an area chosen in the list', async () => {
    mockFetch();
    const { user, location } = renderApp('/?year=2020');
    await screen.findByRole('heading', { level: 2, name: 'Kết quả năm 2020' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lĩnh vực' }), 'Xã hội số');
    expect(new URLSearchParams(location().search).get('group')).toBe('digital-society');
    expect(screen.queryByRole('region', { name: /Chính quyền điện tử/ })).not.toBeInTheDocument();
    // Both have no target: equal standing, so they keep a stable order by code.
    await waitFor(() => expect(cardTitles()).toEqual(['Xếp hạng tỷ lệ cài đặt Bluezone toàn quốc', 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone']));
  });

  it('finds an indicator by name typed without diacritics', async () => {
    mockFetch();
    const { user, location } = renderApp('/?year=2020');
    await screen.findByRole('heading', { level: 2, name: 'Kết quả năm 2020' });
    await user.type(screen.getByRole('searchbox', { name: 'Tìm chỉ tiêu' }), 'dich vu cong');
    await waitFor(() => expect(cardTitles()).toEqual(['Tỷ lệ dịch vụ công trực tuyến mức độ 4']));
    expect(new URLSearchParams(location().search).get('q')).toBe('dich vu cong');

    await user.clear(screen.getByRole('searchbox', { name: 'Tìm chỉ tiêu' }));
    await user.paste('không có chỉ tiêu này');
    await waitFor(() => expect(cardTitles()).toEqual([]));
    expect(screen.getByText('Không có chỉ tiêu nào khớp với bộ lọc.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    await waitFor(() => expect(cardTitles().length).toBeGreaterThan(1));
  });

  it('opens a shared link with its filters and its language, over the remembered language', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'vi');
    mockFetch();
    renderApp('/?year=2020&lang=en&group=e-government&status=achieved');
    expect(await screen.findByRole('heading', { level: 2, name: 'Results for 2020' })).toBeInTheDocument();
    await waitFor(() => expect(cardTitles()).toEqual(['Level-4 online public services']));
    expect((screen.getByRole('combobox', { name: 'Area' }) as HTMLSelectElement).value).toBe('e-government');
    expect(statusButtonEn(/Achieved/).getAttribute('aria-pressed')).toBe('true');
  });

  it('ignores filter values it does not know instead of failing', async () => {
    mockFetch();
    renderApp('/?year=2020&group=nope&status=bad&compare=abc');
    await screen.findByRole('heading', { level: 2, name: 'Kết quả năm 2020' });
    await waitFor(() => expect(cardTitles()).toHaveLength(9));
  });

  it('compares two years side by side, ranks as places gained', async () => {
    mockFetch();
    const { user, location } = renderApp('/?year=2020');
    await screen.findByRole('heading', { level: 2, name: 'Kết quả năm 2020' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'So sánh với năm' }), '2019');
    expect(new URLSearchParams(location().search).get('compare')).toBe('2019');

    const table = await screen.findByRole('table');
    expect(screen.getByRole('heading', { level: 2, name: 'So sánh năm 2019 và năm 2020' })).toBeInTheDocument();
    const egovRow = within(table).getByRole('row', { name: /Chính phủ điện tử/ });
    const cells = within(egovRow)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells[0]).toContain('50/63');
    expect(cells[1]).toContain('26/63');
    expect(cells[2]).toBe('↑ 24 bậc so với 2019');
    // Every column says its years, and so does every cell, for a phone where the rows stack.
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Chỉ tiêu', 'Năm 2019', 'Năm 2020', 'Thay đổi 2019 → 2020']);
    expect(
      within(egovRow)
        .getAllByRole('cell')
        .map((cell) => cell.getAttribute('data-label')),
    ).toEqual(['Năm 2019', 'Năm 2020', 'Thay đổi 2019 → 2020']);
  });

  it('moves focus to the result line when a status is chosen, and leaves it when the filter is cleared', async () => {
    mockFetch();
    const { user } = renderApp('/?year=2020');
    await screen.findAllByRole('heading', { level: 3 });
    const achieved = statusButton(/Đạt mục tiêu/);
    await user.click(achieved);
    await waitFor(() => expect(document.activeElement).toHaveTextContent(/^Chỉ xem: Đạt mục tiêu\. Đang hiển thị 1 trên 9 chỉ tiêu/));
    await user.click(achieved);
    expect(document.activeElement).toBe(achieved);
  });
});

function statusButtonEn(name: RegExp) {
  return within(screen.getByRole('list', { name: 'Indicators by status' })).getByRole('button', { name });
}

describe('the filters’ button (a phone’s, hidden by CSS on wide screens)', () => {
  it('starts closed with no filter in use, open when the address holds one, and toggles', async () => {
    mockFetch();
    const { user, unmount } = renderApp('/?year=2020');
    const toggle = await screen.findByRole('button', { name: 'Lọc và tìm chỉ tiêu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle.getAttribute('aria-controls')).toBe(screen.getByRole('search').id);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    unmount();

    renderApp('/?year=2020&q=bluezone');
    expect(await screen.findByRole('button', { name: 'Lọc và tìm chỉ tiêu' })).toHaveAttribute('aria-expanded', 'true');
  });
});
