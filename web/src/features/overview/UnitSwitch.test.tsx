import type { OrgUnit } from '@kpi/shared';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureApi, jsonResponse, mockFetch, requestedPaths } from '../../../test/api';
import { dashboardFor } from '../../../test/fixture';
import { renderApp } from '../../../test/render';

const unit = (code: string, name: string, kind: OrgUnit['kind'], validTo: string | null = null): OrgUnit => ({
  code,
  name,
  kind,
  parent: 'lang-son',
  validFrom: '2025-07-01',
  validTo,
  nameChecked: true,
  predecessors: [],
  note: null,
  version: 1,
});
const units = [
  unit('lang-son', 'Lạng Sơn', 'province'),
  unit('tam-thanh', 'Tam Thanh', 'ward'),
  unit('tan-doan', 'Tân Đoàn', 'commune'),
  unit('loc-binh', 'Lộc Bình', 'district', '2025-06-30'),
];

function api() {
  return mockFetch((url, request) => {
    if (url.pathname === '/api/org-units') return jsonResponse({ units });
    // A commune's overview: the province's 2020 cards stand in for it, with its own year.
    if (url.pathname === '/api/dashboard' && url.searchParams.get('unit') === 'tam-thanh') return jsonResponse({ ...dashboardFor(2020), year: 2020 });
    return fixtureApi(url, request);
  });
}

describe('the overview of one commune or ward', () => {
  it('asks for the units only when the reader wants them, and keeps the chosen one in the address', async () => {
    const fetchMock = api();
    const view = renderApp('/?year=2020');
    await screen.findByRole('heading', { level: 2, name: 'Kết quả năm 2020' });
    expect(requestedPaths(fetchMock).filter((p) => p.startsWith('/api/org-units'))).toEqual([]);

    await view.user.click(screen.getByRole('button', { name: 'Xem theo xã, phường' }));
    const select = await screen.findByRole('combobox', { name: 'Xã, phường' });
    await waitFor(() => expect(select).toBeEnabled());
    // Today's communes and wards only, by name, each with its kind word.
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Toàn tỉnh', 'Phường Tam Thanh', 'Xã Tân Đoàn']);

    await view.user.selectOptions(select, 'tam-thanh');
    await waitFor(() => expect(view.location().search).toBe('?year=2020&unit=tam-thanh'));
    expect(await screen.findByText('Đang xem: Phường Tam Thanh')).toBeInTheDocument();
    expect(requestedPaths(fetchMock)).toContain('/api/dashboard?year=2020&unit=tam-thanh');

    await view.user.click(screen.getByRole('button', { name: 'Về toàn tỉnh' }));
    await waitFor(() => expect(view.location().search).toBe('?year=2020'));
  });

  it('opens on a shared link with its unit named', async () => {
    api();
    renderApp('/?unit=tam-thanh');
    expect(await screen.findByText('Đang xem: Phường Tam Thanh')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Xã, phường' })).toHaveValue('tam-thanh');
  });
});

describe('a commune formed in the 2025 reorganisation', () => {
  const formed = { ...unit('tam-thanh', 'Tam Thanh', 'ward'), predecessors: ['xa-cu-a', 'xa-cu-b'] };
  const divided = { ...unit('tan-doan', 'Tân Đoàn', 'commune'), predecessors: ['xa-cu-b'] };
  const former = [unit('xa-cu-a', 'Cũ A', 'commune', '2025-06-30'), unit('xa-cu-b', 'Cũ B', 'commune', '2025-06-30')];

  function succession(list: OrgUnit[], code: string) {
    mockFetch((url, request) => {
      if (url.pathname === '/api/org-units') return jsonResponse({ units: list });
      if (url.pathname === '/api/dashboard' && url.searchParams.get('unit') === code) return jsonResponse({ ...dashboardFor(2020), year: 2020 });
      return fixtureApi(url, request);
    });
    renderApp(`/?unit=${code}`);
  }

  it('says what it was formed from, and that earlier years are those units summed and marked derived', async () => {
    succession([...units.filter((u) => u.code !== 'tam-thanh'), formed, ...former], 'tam-thanh');
    expect(await screen.findByText(/^Phường Tam Thanh được thành lập ngày 01\/07\/2025 từ: Xã Cũ A, Xã Cũ B\..*“Suy ra”/)).toBeInTheDocument();
  });

  it('says earlier years cannot be summed where a former unit was divided among several', async () => {
    succession([units[0]!, formed, divided, ...former], 'tan-doan');
    expect(await screen.findByText(/^Xã Tân Đoàn được thành lập ngày 01\/07\/2025\. Đơn vị cũ Xã Cũ B được chia/)).toBeInTheDocument();
  });

  it('says when the units it was formed from are not recorded', async () => {
    succession(units, 'tam-thanh');
    expect(await screen.findByText(/chưa ghi các đơn vị trước sắp xếp/)).toBeInTheDocument();
  });
});
