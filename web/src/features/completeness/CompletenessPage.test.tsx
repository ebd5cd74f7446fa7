import type { Completeness } from '@kpi/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { users } from '../../../test/work-fixture';

const province = { code: 'lang-son', name: 'Lạng Sơn', kind: 'province' as const };
const tamThanh = { code: 'tam-thanh', name: 'Tam Thanh', kind: 'ward' as const };
const dongDang = { code: 'dong-dang', name: 'Đồng Đăng', kind: 'commune' as const };

const completeness: Completeness = {
  year: 2025,
  expected: 4,
  published: 2,
  byIndicator: [
    { code: 'dti-rank', name: { vi: 'Xếp hạng DTI', en: 'DTI rank' }, expected: 1, published: 1, missing: [] },
    { code: 'bluezone-install-rate', name: { vi: 'Tỷ lệ cài Bluezone', en: 'Bluezone installs' }, expected: 3, published: 1, missing: [province, dongDang] },
  ],
  byUnit: [
    { unit: province, expected: 2, published: 1 },
    { unit: tamThanh, expected: 1, published: 1 },
    { unit: dongDang, expected: 1, published: 0 },
  ],
};

describe('the completeness page', () => {
  it('puts the laggards first, in Intl percent, links the missing figures to their entry, and sorts on demand', async () => {
    const fetchMock = mockApi({
      'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
      'GET /api/completeness': () => jsonResponse(completeness),
    });
    const { user } = renderApp('/completeness?year=2025');
    expect(await screen.findByText('Toàn tỉnh: 50% (2/4 số liệu đã công bố)')).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContainEqual(expect.stringContaining('/api/completeness?year=2025'));
    expect(screen.getByRole('link', { name: 'Lịch báo cáo' })).toHaveAttribute('href', '/calendar?year=2025');

    const byIndicator = screen.getByRole('table', { name: 'Theo chỉ tiêu' });
    const rows = () => within(byIndicator).getAllByRole('row').slice(1);
    expect(rows().map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['Tỷ lệ cài Bluezone', 'Xếp hạng DTI']);
    expect(within(rows()[0]!).getByText('33% (1/3)')).toBeInTheDocument();
    expect(within(rows()[0]!).getByRole('link', { name: 'Tỉnh Lạng Sơn' })).toHaveAttribute('href', '/entry/bluezone-install-rate/2025');
    expect(within(rows()[0]!).getByRole('link', { name: 'Xã Đồng Đăng' })).toHaveAttribute('href', '/entry/bluezone-install-rate/2025?unit=dong-dang');
    expect(within(rows()[1]!).getByText(/Đủ/)).toBeInTheDocument();

    const share = within(byIndicator).getByRole('columnheader', { name: /Tỷ lệ đã công bố/ });
    expect(share).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(share).getByRole('button'));
    expect(share).toHaveAttribute('aria-sort', 'descending');
    expect(within(rows()[0]!).getAllByRole('cell')[0]).toHaveTextContent('Xếp hạng DTI');

    const byUnit = screen.getByRole('table', { name: 'Theo đơn vị' });
    expect(within(byUnit).getAllByRole('row')[1]).toHaveTextContent('Xã Đồng Đăng0% (0/1)');
  });

  it('is for approvers: an analyst is told so', async () => {
    mockApi({ 'GET /api/auth/me': () => jsonResponse({ user: users.analyst }) });
    renderApp('/completeness');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Người duyệt/);
  });
});
