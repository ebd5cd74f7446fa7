import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureApi, jsonResponse, mockFetch, requestedPaths } from '../../../test/api';
import { catalogue, dashboardFor } from '../../../test/fixture';
import { renderApp } from '../../../test/render';

/** Text queries skip the charts' screen-reader tables, which repeat every figure. */
const notInTables = { ignore: 'script, style, table *' };

/** The card of an indicator, found by its heading. */
async function card(name: string | RegExp) {
  const heading = await screen.findByRole('heading', { level: 3, name });
  return heading.closest('article')!;
}

describe('OverviewPage in Vietnamese (the default)', () => {
  it('shows each indicator’s figure, status, target, change and warnings in Vietnamese formats', async () => {
    mockFetch();
    renderApp('/?year=2020');

    expect(await screen.findByRole('heading', { level: 2, name: 'Kết quả năm 2020' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('vi');

    const bluezone = await card(/Bluezone app|cài đặt ứng dụng Bluezone/);
    expect(within(bluezone).getByText('29,67%', notInTables)).toBeInTheDocument();
    expect(within(bluezone).getByText(/Số công bố 29,71% khác số tính từ tử\/mẫu 29,67%/)).toBeInTheDocument();

    const egov = await card(/Chính phủ điện tử/);
    expect(within(egov).getByText('26/63', notInTables)).toBeInTheDocument();
    expect(within(egov).getByText('↑ 24 bậc so với 2019')).toBeInTheDocument();

    const services = await card('Tỷ lệ dịch vụ công trực tuyến mức độ 4');
    expect(within(services).getByText('37,6%', notInTables)).toBeInTheDocument();
    expect(within(services).getByText('Đạt mục tiêu')).toBeInTheDocument();
    expect(within(services).getByText('Mục tiêu ≥ 30% (2020)')).toBeInTheDocument();
    expect(within(services).getByText('17/NQ-CP')).toBeInTheDocument();

    const dti = await card(/DTI/);
    expect(within(dti).getByText('16/63', notInTables)).toBeInTheDocument();
    expect(within(dti).getByText('Mục tiêu ≤ hạng 10 (2025)')).toBeInTheDocument();

    const economy = await card('Tỷ trọng kinh tế số trong GRDP');
    expect(within(economy).getAllByText('Chưa có số liệu').length).toBeGreaterThan(0);
  });

  it('groups cards under translated headings and counts statuses at the top', async () => {
    mockFetch();
    renderApp('/?year=2020');
    expect(await screen.findByRole('heading', { level: 2, name: /Chính quyền điện tử/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /Xã hội số/ })).toBeInTheDocument();
    const strip = screen.getByRole('list', { name: 'Tổng hợp trạng thái các chỉ tiêu' });
    const achieved = within(strip).getByText('Đạt mục tiêu').closest('li')!;
    expect(achieved.textContent).toContain(String(dashboardFor(2020).counts.achieved));
  });

  it('labels a figure from an earlier year with its year', async () => {
    mockFetch();
    renderApp('/?year=2020');
    const ict = await card('Xếp hạng Vietnam ICT Index');
    expect(within(ict).getByText('32/63', notInTables)).toBeInTheDocument();
    expect(within(ict).getByText('Số liệu năm 2018')).toBeInTheDocument();
    // This year's own figures carry no such label.
    expect(within(await card(/DTI/)).queryByText(/Số liệu năm/)).not.toBeInTheDocument();
  });

  it('shows numerator / denominator and the published figure only on demand', async () => {
    mockFetch();
    const { user } = renderApp('/?year=2020');
    const bluezone = await card(/cài đặt ứng dụng Bluezone/);
    expect(within(bluezone).queryByText('154.231 / 519.755')).not.toBeInTheDocument();

    const toggle = within(bluezone).getByRole('button', { name: 'Xem tử số / mẫu số' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(bluezone).getByText('154.231 / 519.755')).toBeInTheDocument();
    expect(within(bluezone).getByText('29,71%')).toBeInTheDocument();
  });

  it('opens on the latest year with data when the address names none', async () => {
    const fetchMock = mockFetch();
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 2, name: 'Kết quả năm 2022' })).toBeInTheDocument();
    // The header also asks who is signed in; the figures take one request.
    expect(requestedPaths(fetchMock).filter((path) => path.startsWith('/api/dashboard'))).toEqual(['/api/dashboard']);
    expect((screen.getByRole('combobox', { name: 'Năm' }) as HTMLSelectElement).value).toBe('2022');
  });

  it('writes the chosen year to ?year= and loads that year', async () => {
    const fetchMock = mockFetch();
    const { user, location } = renderApp('/?year=2020');
    await screen.findByRole('heading', { level: 2, name: 'Kết quả năm 2020' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Năm' }), '2021');
    expect(location().search).toBe('?year=2021');
    expect(await screen.findByRole('heading', { level: 2, name: 'Kết quả năm 2021' })).toBeInTheDocument();
    expect(requestedPaths(fetchMock)).toContain('/api/dashboard?year=2021');

    const services = await card('Tỷ lệ dịch vụ công trực tuyến mức độ 4');
    // The cards follow the heading in a background render: wait for the new year's figure.
    expect(await within(services).findByText('100%', notInTables)).toBeInTheDocument();
    expect(within(services).getByText('+62,4 điểm % so với 2020')).toBeInTheDocument();
    expect(within(services).getByText('tính đến 08/06/2021')).toBeInTheDocument();
  });

  it('shows an error with a retry that fetches again', async () => {
    let calls = 0;
    mockFetch((url, request) => {
      if (url.pathname !== '/api/dashboard') return fixtureApi(url, request);
      calls += 1;
      if (calls === 1) return jsonResponse({ error: { code: 'internal', message: 'Database unavailable' } }, 503);
      return jsonResponse(dashboardFor(Number(url.searchParams.get('year'))));
    });
    const { user } = renderApp('/?year=2020');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Không tải được số liệu')).toBeInTheDocument();
    expect(within(alert).getByText(/Database unavailable \(internal\)/)).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('26/63', notInTables)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('says so when there are no indicators', async () => {
    mockFetch((url, request) => (url.pathname === '/api/dashboard' ? jsonResponse({ ...dashboardFor(2020), cards: [] }) : fixtureApi(url, request)));
    renderApp('/?year=2020');
    expect(await screen.findByText('Chưa có chỉ tiêu nào')).toBeInTheDocument();
  });

  it('asks for the year’s numbers and the catalogue side by side, and again for the catalogue only when it changed', async () => {
    const renamed = {
      ...catalogue,
      version: 'fixture-catalogue-2',
      indicators: catalogue.indicators.map((i) => (i.code === 'egov-rank' ? { ...i, name: { ...i.name, vi: 'Xếp hạng CPĐT (tên mới)' } } : i)),
    };
    let catalogueVersion = catalogue.version;
    const fetchMock = mockFetch((url, request) => {
      if (url.pathname === '/api/catalogue') return jsonResponse(catalogueVersion === catalogue.version ? catalogue : renamed);
      if (url.pathname === '/api/dashboard') return jsonResponse({ ...dashboardFor(Number(url.searchParams.get('year'))), catalogueVersion });
      return fixtureApi(url, request);
    });
    const { user } = renderApp('/?year=2020');
    expect(await card(/^Xếp hạng mức độ ứng dụng CNTT/)).toBeInTheDocument();
    const catalogueCalls = () => requestedPaths(fetchMock).filter((p) => p === '/api/catalogue').length;
    expect(catalogueCalls()).toBe(1);

    // Another year built with the same catalogue: the cached one serves.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Năm' }), '2019');
    await waitFor(() => expect(requestedPaths(fetchMock)).toContain('/api/dashboard?year=2019'));
    expect(await card(/^Xếp hạng mức độ ứng dụng CNTT/)).toBeInTheDocument();
    expect(catalogueCalls()).toBe(1);

    // An indicator renamed since: the next dashboard names another catalogue, which is fetched once.
    catalogueVersion = renamed.version;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Năm' }), '2018');
    expect(await card('Xếp hạng CPĐT (tên mới)')).toBeInTheDocument();
    expect(catalogueCalls()).toBe(2);
  });
});

describe('OverviewPage in English', () => {
  it('switches language, formats en-GB, and remembers the choice', async () => {
    mockFetch();
    const { user, location } = renderApp('/?year=2020');
    await screen.findByText('29,67%', notInTables);

    await user.click(screen.getByRole('button', { name: 'English' }));
    // The language joins the address, so a link copied now opens in English.
    expect(new URLSearchParams(location().search).get('lang')).toBe('en');
    expect(new URLSearchParams(location().search).get('year')).toBe('2020');

    expect(await screen.findByRole('heading', { level: 2, name: 'Results for 2020' })).toBeInTheDocument();
    expect(screen.getByText('29.67%', notInTables)).toBeInTheDocument();
    expect(screen.getByText('37.6%', notInTables)).toBeInTheDocument();
    expect(screen.getByText('↑ 24 places since 2019')).toBeInTheDocument();
    expect(screen.getByText(/Published figure 29.71% differs from 29.67%/)).toBeInTheDocument();
    const services = await card('Level-4 online public services');
    expect(within(services).getByText('Achieved')).toBeInTheDocument();
    expect(within(await card('Vietnam ICT Index rank')).getByText('2018 figure')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

    expect(window.localStorage.getItem('kpi.locale')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('opens in the remembered language', async () => {
    window.localStorage.setItem('kpi.locale', 'en');
    mockFetch();
    const { user } = renderApp('/?year=2020');
    expect(await screen.findByText('29.67%', notInTables)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Year' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show numerator / denominator' }));
    expect(screen.getByText('154,231 / 519,755')).toBeInTheDocument();
  });
});
