import type { PeerRanks, ProvinceRank, User } from '@kpi/shared';
import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { province } from '@kpi/shared/testing';
import { jsonResponse, mockFetch, requestedPaths } from '../../../../test/api';
import { renderWithProviders } from '../../../../test/render';
import { users } from '../../../../test/work-fixture';
import { PeersSection } from './PeersSection';

configure({ asyncUtilTimeout: 10_000 });

const rank = (province: string, year: number, position: number, sourceId = 1): ProvinceRank => ({
  province,
  year,
  rank: position,
  outOf: year >= 2024 ? 34 : 63,
  score: null,
  pillars: { government: null, economy: null, society: null },
  sourceId,
  note: null,
});
const provinces = [
  province('lang-son', 'Lạng Sơn'),
  province('bac-giang', 'Bắc Giang', { validTo: '2025-06-30' }),
  province('bac-kan', 'Bắc Kạn', { validTo: '2025-06-30' }),
  province('bac-ninh-2025', 'Bắc Ninh', { validFrom: '2025-07-01', formedFrom: ['bac-giang'] }),
];
const answer: PeerRanks = {
  index: 'dti',
  provinces,
  ranks: [rank('lang-son', 2020, 16), rank('lang-son', 2021, 5), rank('bac-giang', 2021, 9, 2)],
  years: [
    { year: 2020, outOf: 63, rows: 1, medianScore: null },
    { year: 2021, outOf: 63, rows: 63, medianScore: 0.4512 },
  ],
  sources: [
    { id: 1, number: null, title: 'Nguồn một', issuer: null, publisher: null, date: null, kind: 'news', url: null, note: null, noteEn: null },
    { id: 2, number: null, title: 'Nguồn hai', issuer: null, publisher: null, date: null, kind: 'news', url: null, note: null, noteEn: null },
  ],
};

/** The ranks and provinces, as `user` (nobody signed in by default) reads them. */
function api(user: User | null = null) {
  return mockFetch((url) =>
    url.pathname === '/api/auth/me' ? jsonResponse({ user }) : url.pathname === '/api/provinces' ? jsonResponse({ provinces }) : jsonResponse(answer),
  );
}

describe('PeersSection', () => {
  it('shows Lạng Sơn first beside a sourced peer, the median only where known, the 2024 note, and peers without a rank by name', async () => {
    api();
    renderWithProviders(<PeersSection index="dti" />, '/indicators/dti-rank?peers=bac-giang,bac-kan');
    const table = await screen.findByRole('table', { name: /Thứ hạng theo năm/ });
    const [, home, peer] = within(table).getAllByRole('row');
    expect(within(home!).getByRole('rowheader')).toHaveTextContent('Lạng Sơn (tỉnh nhà)');
    expect(
      within(home!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['16/63[1]', '5/63[1]']);
    expect(within(peer!).getByRole('rowheader')).toHaveTextContent('Bắc Giangsáp nhập vào Bắc Ninh từ 01/07/2025');
    expect(within(peer!).getAllByRole('cell')[0]).toHaveAccessibleName('không có số liệu có nguồn');
    expect(within(table).getByRole('row', { name: /Điểm trung vị cả nước/ })).toHaveTextContent('chưa biết0,4512');
    expect(screen.getByText(/Từ năm 2024 xếp hạng 34 tỉnh, thành sau sáp nhập/)).toBeVisible();
    expect(screen.getByText('Chưa có thứ hạng có nguồn: Bắc Kạn, Bắc Ninh.')).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Tự chọn' })).toBeChecked();
  });

  it('keeps the set chosen in the address and asks for that year’s leaders', async () => {
    const fetchMock = api();
    const { user, location } = renderWithProviders(<PeersSection index="dti" />, '/indicators/dti-rank');
    await screen.findByRole('table', { name: /Thứ hạng theo năm/ });
    expect(screen.getByRole('radio', { name: 'Các tỉnh giáp ranh' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: '10 tỉnh dẫn đầu mỗi năm' }));
    expect(new URLSearchParams(location().search).get('peers')).toBe('top10');
    await screen.findByRole('radio', { name: '10 tỉnh dẫn đầu mỗi năm', checked: true });
    expect(requestedPaths(fetchMock).some((p) => p.includes('/api/rankings/dti?top=10'))).toBe(true);
  });

  it('links approvers, and no one else, to the import of the ranking table', async () => {
    const link = { name: 'Nhập bảng xếp hạng DTI từ tệp' };
    for (const [user, shown] of [
      [users.approver, true],
      [users.analyst, false],
      [null, false],
    ] as const) {
      api(user);
      const view = renderWithProviders(<PeersSection index="dti" />, '/indicators/dti-rank');
      await screen.findByRole('table', { name: /Thứ hạng theo năm/ });
      if (shown) expect(await screen.findByRole('link', link)).toHaveAttribute('href', '/import/rankings/dti');
      else expect(screen.queryByRole('link', link)).not.toBeInTheDocument();
      view.unmount();
    }
  });
});
