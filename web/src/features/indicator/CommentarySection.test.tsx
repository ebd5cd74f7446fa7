import type { PublishedCommentary } from '@kpi/shared';
import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '../../../test/api';
import { indicatorApi } from '../../../test/indicator-fixture';
import { renderApp } from '../../../test/render';
import { fakeViewport } from '../../../test/viewport';

// The indicator page is a lazy chunk, transformed on first use: slow on a loaded machine.
configure({ asyncUtilTimeout: 10_000 });

function withCommentary(commentary: PublishedCommentary['commentary']) {
  return mockFetch((url, request) =>
    url.pathname.includes('/commentary/')
      ? jsonResponse({ indicatorCode: 'bluezone-install-rate', year: 2020, orgUnit: 'lang-son', commentary })
      : indicatorApi(url, request),
  );
}

describe('the indicator page’s analysis and actions', { timeout: 15_000 }, () => {
  it('shows the published analysis in its paragraphs and the actions with who and by when, overdue in words', async () => {
    const fetchMock = withCommentary({
      analysis: 'Tỷ lệ cài đặt thấp ở vùng cao.\n\nNguyên nhân: thiếu điện thoại thông minh.',
      actions: [
        { what: 'Vận động cài đặt', who: 'UBND các xã', due: '2020-06-30', done: false },
        { what: 'Hỗ trợ thiết bị', who: 'Sở Thông tin và Truyền thông', due: '2099-12-31', done: false },
        { what: 'Tập huấn', who: 'Phòng Bưu chính', due: null, done: true },
      ],
      publishedAt: '2021-01-20T03:00:00.000Z',
    });
    fakeViewport({ allNear: true });
    renderApp('/indicators/bluezone-install-rate?year=2020');
    const section = (await screen.findByRole('heading', { level: 3, name: 'Phân tích và hành động năm 2020' })).closest('section')!;
    expect(within(section).getByText('Tỷ lệ cài đặt thấp ở vùng cao.')).toBeVisible();
    expect(within(section).getByText('Nguyên nhân: thiếu điện thoại thông minh.')).toBeVisible();
    const table = within(section).getByRole('table', { name: 'Hành động: việc sẽ làm, ai phụ trách, thời hạn' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['Vận động cài đặt', 'UBND các xã', '30/06/2020', '⚠ Quá hạn'],
      ['Hỗ trợ thiết bị', 'Sở Thông tin và Truyền thông', '31/12/2099', '◷ Trong hạn'],
      ['Tập huấn', 'Phòng Bưu chính', 'Thường xuyên', '✔ Đã hoàn thành'],
    ]);
    expect(within(section).getByText('Công bố ngày 20/01/2021')).toBeVisible();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain('/api/indicators/bluezone-install-rate/commentary/2020');
  });

  it('says plainly when nothing is published for the year', async () => {
    withCommentary(null);
    fakeViewport({ allNear: true });
    renderApp('/indicators/bluezone-install-rate?year=2020&lang=en');
    const section = (await screen.findByRole('heading', { level: 3, name: 'Analysis and actions, 2020' })).closest('section')!;
    expect(within(section).getByText('No analysis or actions have been published for this year.')).toBeVisible();
  });
});
