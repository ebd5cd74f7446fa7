import { buildUnitBreakdown, type Figure, type Target, type UnitBreakdown } from '@kpi/shared';
import { ratioFigure, target } from '@kpi/shared/testing';
import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, type ApiRequest } from '../../../test/api';
import { detailFor, indicatorApi } from '../../../test/indicator-fixture';
import { renderApp } from '../../../test/render';
import { fakeViewport } from '../../../test/viewport';

// The indicator page is a lazy chunk, transformed on first use: slow on a loaded machine.
configure({ asyncUtilTimeout: 10_000 });

const NAMES = ['An Bình', 'Bắc Sơn', 'Cao Lộc', 'Đình Lập', 'Hữu Lũng', 'Khánh Khê', 'Lộc Bình', 'Mẫu Sơn'];
/** Eight communes; seven reported in 2025, Mẫu Sơn not; each one's rate is in its numerator of 1,000. */
const RATES = [600, 50, 900, 120, 300, 850, 200];

/** `marks` gives units their own targets, and marks some units' figures (by index) or the entered one as derived or assumed. */
function breakdown(
  entered: number | null,
  of = 1000,
  marks: { unitTargets?: Map<string, Target[]>; bases?: Record<number, Figure['basis']>; enteredBasis?: Figure['basis'] } = {},
): UnitBreakdown {
  const { unitTargets = new Map<string, Target[]>(), bases = {}, enteredBasis = 'stated' } = marks;
  const units = NAMES.map((name, i) => ({ code: `xa-${i}`, name, kind: 'commune' as const, parent: 'lang-son', validFrom: '2025-07-01', validTo: null }));
  const unitFigures: Figure[] = RATES.map((n, i) => ({ ...ratioFigure(2025, n, 1000, null, { basis: bases[i] ?? 'stated' }), orgUnit: `xa-${i}` }));
  return buildUnitBreakdown({
    indicator: detailFor('bluezone-install-rate').indicator,
    aggregation: 'ratio-sum',
    year: 2025,
    units,
    province: { figures: entered === null ? [] : [ratioFigure(2025, entered, of, null, { basis: enteredBasis })], targets: [target(2025, 80)] },
    unitFigures,
    unitTargets,
  });
}

function withUnits(body: UnitBreakdown) {
  return (url: URL, request: ApiRequest) => (url.pathname.endsWith('/units') ? jsonResponse(body) : indicatorApi(url, request));
}

describe('the indicator page by commune', { timeout: 15_000 }, () => {
  it('shows how many reported, the province computed beside the entered figure, and the communes furthest behind first', async () => {
    mockFetch(withUnits(breakdown(700)));
    fakeViewport({ allNear: true });
    renderApp('/indicators/bluezone-install-rate?year=2025');

    const section = (await screen.findByRole('heading', { level: 3, name: 'Theo xã, phường' })).closest('section')!;
    expect(within(section).getByText('7/8 xã, phường đã báo cáo')).toBeVisible();
    // 3,020 of 7,000 smartphones: 43,14 %, where 70 % was entered.
    expect(within(section).getByText('43,14% (3.020/7.000)')).toBeVisible();
    expect(within(section).getByText(/tổng tử số trên tổng mẫu số/)).toBeVisible();
    expect(within(section).getByText('Chênh lệch giữa số nhập và số tính từ các xã, phường')).toBeVisible();
    expect(within(section).getByText('Số liệu các xã, phường năm 2025 so với mục tiêu ≥ 80% (đường đứt nét)')).toBeVisible();

    const table = within(section).getByRole('table', { name: 'Xếp hạng xã, phường năm 2025, đơn vị chậm nhất trước' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Xã Bắc Sơn',
      'Xã Đình Lập',
      'Xã Lộc Bình',
      'Xã Hữu Lũng',
      'Xã An Bình',
      'Xã Khánh Khê',
      'Xã Cao Lộc',
      'Xã Mẫu Sơn',
    ]);
    expect(rows[0]).toHaveTextContent('Một trong năm đơn vị chậm nhất');
    expect(rows[0]).toHaveTextContent('5,00% (50/1.000)');
    expect(rows[0]).toHaveTextContent('✖Chậm tiến độ');
    expect(rows[0]).toHaveTextContent('mục tiêu của tỉnh');
    expect(rows.filter((row) => row.textContent!.includes('Một trong năm đơn vị chậm nhất'))).toHaveLength(5);
    expect(rows[5]).not.toHaveTextContent('Một trong năm đơn vị chậm nhất');
    expect(rows[7]).toHaveTextContent('Chưa báo cáo');
  });

  it('marks a commune’s derived or assumed figure, and the province’s entered one, as the province’s page does', async () => {
    // Bắc Sơn (50/1,000) derived, Cao Lộc (900/1,000) assumed, the province's 700/1,000 derived.
    mockFetch(withUnits(breakdown(700, 1000, { bases: { 1: 'derived', 2: 'assumed' }, enteredBasis: 'derived' })));
    fakeViewport({ allNear: true });
    renderApp('/indicators/bluezone-install-rate?year=2025');
    const section = (await screen.findByRole('heading', { level: 3, name: 'Theo xã, phường' })).closest('section')!;
    const rowOf = (name: string) => within(section).getByRole('rowheader', { name }).closest('tr')!;
    expect(within(rowOf('Xã Bắc Sơn')).getByText('Suy ra')).toBeVisible();
    expect(within(rowOf('Xã Cao Lộc')).getByText('Giả định')).toBeVisible();
    expect(rowOf('Xã An Bình').querySelector('.basis-mark')).toBeNull();
    const entered = within(section).getByText('70,00% (700/1.000)').closest('dd')!;
    expect(within(entered).getByText('Suy ra')).toBeVisible();
  });

  it('says the entered figure agrees with the computed one when it does', async () => {
    mockFetch(withUnits(breakdown(43143, 100000)));
    fakeViewport({ allNear: true });
    renderApp('/indicators/bluezone-install-rate?year=2025');
    expect(await screen.findByText('Khớp với số tính từ các xã, phường')).toBeVisible();
  });

  it('says which commune is judged by a target of its own, in words and a mark, and the chart that the line is the province’s', async () => {
    // Bắc Sơn's own target for 2025 is 4 %: its 5 % meets it, so it leaves the laggards.
    mockFetch(withUnits(breakdown(700, 1000, { unitTargets: new Map([['xa-1', [target(2025, 4)]]]) })));
    fakeViewport({ allNear: true });
    renderApp('/indicators/bluezone-install-rate?year=2025');
    const section = (await screen.findByRole('heading', { level: 3, name: 'Theo xã, phường' })).closest('section')!;
    expect(within(section).getByText('1 xã, phường có mục tiêu riêng, ghi ◆ trong bảng; các đơn vị khác theo mục tiêu của tỉnh')).toBeVisible();
    const rows = within(within(section).getByRole('table')).getAllByRole('row').slice(1);
    const own = rows.find((row) => within(row).getByRole('rowheader').textContent === 'Xã Bắc Sơn')!;
    expect(own).toHaveTextContent('≥ 4% ◆ mục tiêu riêng');
    expect(own).toHaveTextContent('Đạt mục tiêu');
    expect(rows[0]).toHaveTextContent('Xã Đình Lập');
    expect(rows[0]).toHaveTextContent('mục tiêu của tỉnh');
  });

  it('is not shown when no commune reported', async () => {
    const empty = { ...breakdown(null), units: [], province: { ...breakdown(null).province, reported: 0, computed: null } };
    const fetchMock = mockFetch(withUnits(empty));
    fakeViewport({ allNear: true });
    renderApp('/indicators/bluezone-install-rate?year=2025');
    expect(await screen.findByRole('heading', { level: 3, name: 'Số liệu qua các năm' })).toBeVisible();
    await expect.poll(() => fetchMock.mock.calls.some(([url]) => String(url).includes('/units'))).toBe(true);
    expect(screen.queryByRole('heading', { level: 3, name: 'Theo xã, phường' })).toBeNull();
  });
});
