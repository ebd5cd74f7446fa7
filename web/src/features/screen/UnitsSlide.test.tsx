import { buildUnitBreakdown, type Figure, type Target, type UnitBreakdown } from '@kpi/shared';
import { ratioFigure, target } from '@kpi/shared/testing';
import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockApi } from '../../../test/api';
import { indicators } from '../../../test/fixture';
import { renderApp } from '../../../test/render';
import { CONTENT_PATH, FakeEventSource, SCREEN_URL, screenContent, stubEventSource } from '../../../test/screen-support';

const CODE = 'bluezone-install-rate';
const NAMES = ['An Bình', 'Bắc Sơn', 'Cao Lộc', 'Đình Lập', 'Hữu Lũng'];

/** Five communes in 2025, each rate its numerator of 1,000, judged against the province's 80 % unless given their own. */
function breakdown(rates: Record<string, number>, own = new Map<string, Target[]>()): UnitBreakdown {
  const units = NAMES.map((name, i) => ({ code: `xa-${i}`, name, kind: 'commune' as const, parent: 'lang-son', validFrom: '2025-07-01', validTo: null }));
  const unitFigures: Figure[] = Object.entries(rates).map(([code, n]) => ({ ...ratioFigure(2025, n, 1000), orgUnit: code }));
  return buildUnitBreakdown({
    indicator: indicators.find((d) => d.indicator.code === CODE)!.indicator,
    aggregation: 'ratio-sum',
    year: 2025,
    units,
    province: { figures: [], targets: [target(2025, 80)] },
    unitFigures,
    unitTargets: own,
  });
}

const content = (units: UnitBreakdown, dataVersion = 1) =>
  jsonResponse(screenContent({ screen: { playlist: [{ type: 'units', code: CODE }] }, units: { [CODE]: units }, dataVersion }));

const rowNames = () =>
  within(screen.getByRole('table', { name: 'Xếp hạng xã, phường năm 2025, đơn vị chậm nhất trước' }))
    .getAllByRole('rowheader')
    .map((cell) => cell.firstChild?.textContent);

beforeAll(async () => {
  await import('./ScreenPage');
});
beforeEach(() => {
  stubEventSource();
});

describe('the units slide', () => {
  it('ranks the communes that reported furthest behind first, status in icon and word, and says how many of how many reported', async () => {
    // Bắc Sơn's own target is 4 %: its 5 % meets it.
    const units = breakdown({ 'xa-0': 600, 'xa-1': 50, 'xa-2': 900 }, new Map([['xa-1', [target(2025, 4)]]]));
    mockApi({ [`GET ${CONTENT_PATH}`]: () => content(units) });
    renderApp(SCREEN_URL);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone theo xã, phường – năm 2025' }),
    ).toBeVisible();
    expect(screen.getByText('3 trên 5 xã, phường đã báo cáo')).toBeVisible();
    expect(screen.getByText('Mục tiêu của tỉnh: ≥ 80%')).toBeVisible();
    // Behind first; of those achieved, the one closest to its target.
    expect(rowNames()).toEqual(['Xã An Bình', 'Xã Bắc Sơn', 'Xã Cao Lộc']);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('60%');
    expect(rows[0]).toHaveTextContent('✖Chậm tiến độ');
    expect(rows[1]).toHaveTextContent('◆ Mục tiêu riêng ≥ 4%');
    expect(rows[1]).toHaveTextContent('✔Đạt mục tiêu');
    expect(rows[2]).not.toHaveTextContent('Mục tiêu riêng');
    expect(screen.getByText('2 đơn vị chưa báo cáo')).toBeVisible();
  });

  it('re-ranks on a `changed` event when a commune’s figure is published', async () => {
    const before = breakdown({ 'xa-0': 600, 'xa-2': 900 });
    const after = breakdown({ 'xa-0': 600, 'xa-2': 900, 'xa-3': 20 });
    mockApi({ [`GET ${CONTENT_PATH}`]: [() => content(before), () => content(after, 2)] });
    renderApp(SCREEN_URL);
    await screen.findByText('2 trên 5 xã, phường đã báo cáo');
    expect(rowNames()).toEqual(['Xã An Bình', 'Xã Cao Lộc']);
    act(() => FakeEventSource.current!.connect(1));
    act(() => FakeEventSource.current!.emit('changed', { dataVersion: 2 }));
    expect(await screen.findByText('3 trên 5 xã, phường đã báo cáo')).toBeVisible();
    await waitFor(() => expect(rowNames()).toEqual(['Xã Đình Lập', 'Xã An Bình', 'Xã Cao Lộc']));
  });

  it('says plainly when no commune has reported for the year', async () => {
    mockApi({ [`GET ${CONTENT_PATH}`]: () => content(breakdown({})) });
    renderApp(SCREEN_URL);
    expect(await screen.findByText('Chưa có đơn vị nào báo cáo số liệu năm 2025.')).toBeVisible();
    expect(screen.getByText('0 trên 5 xã, phường đã báo cáo')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('speaks the screen’s English when it is set to English', async () => {
    const units = breakdown({ 'xa-0': 600 });
    mockApi({
      [`GET ${CONTENT_PATH}`]: () =>
        jsonResponse(screenContent({ screen: { language: 'en', playlist: [{ type: 'units', code: CODE }] }, units: { [CODE]: units } })),
    });
    renderApp(SCREEN_URL);
    expect(await screen.findByRole('heading', { level: 2, name: 'Smartphones with the Bluezone app installed by commune – 2025' })).toBeVisible();
    expect(screen.getByText('1 of 5 communes and wards reported')).toBeVisible();
    expect(screen.getByRole('table', { name: 'Communes and wards in 2025, furthest behind first' })).toHaveTextContent('Off track');
  });
});
