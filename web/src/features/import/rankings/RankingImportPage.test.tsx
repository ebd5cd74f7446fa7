import type { RankingImportPlan, RankingImportRow } from '@kpi/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { province } from '@kpi/shared/testing';
import { errorResponse, jsonResponse, mockApi, requestedPaths } from '../../../../test/api';
import { renderApp } from '../../../../test/render';
import { sourceList, users } from '../../../../test/work-fixture';

const provinces = [province('cao-bang', 'Cao Bằng'), province('lang-son', 'Lạng Sơn'), province('ha-giang', 'Hà Giang')];

const values = (rank: number, outOf = 34): NonNullable<RankingImportRow['values']> => ({
  rank,
  outOf,
  score: 0.5123,
  pillars: { government: null, economy: null, society: null },
  sourceId: 4,
  note: null,
});
const plan = (over: Partial<RankingImportPlan> = {}): RankingImportPlan => ({
  index: 'dti',
  dryRun: true,
  written: false,
  counts: { new: 1, changed: 1, unchanged: 1, refused: 0 },
  rows: [
    { row: 2, status: 'new', province: 'cao-bang', year: 2024, values: values(20), changes: [], problems: [] },
    { row: 3, status: 'changed', province: 'lang-son', year: 2024, values: values(8), changes: [{ field: 'score', before: 0.4987 }], problems: [] },
    { row: 4, status: 'unchanged', province: 'ha-giang', year: 2024, values: values(30), changes: [], problems: [] },
  ],
  ...over,
});

function openImport(routes: Parameters<typeof mockApi>[0], user: (typeof users)[keyof typeof users] = users.approver, url = '/import/rankings/dti') {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user }),
    'GET /api/provinces': () => jsonResponse({ provinces }),
    'GET /api/sources': () => jsonResponse(sourceList),
    ...routes,
  });
  return { fetchMock, ...renderApp(url) };
}

async function checkFile(view: ReturnType<typeof openImport>, label = 'Tệp bảng xếp hạng (.xlsx hoặc .csv)', button = 'Kiểm tra tệp') {
  const file = new File(['province,year,rank\r\n'], 'dti-2024.csv', { type: 'text/csv' });
  await view.user.upload(await screen.findByLabelText(label), file);
  await view.user.click(screen.getByRole('button', { name: button }));
}

const importCalls = (fetchMock: ReturnType<typeof openImport>['fetchMock']) =>
  requestedPaths(fetchMock).filter((p) => p.startsWith('/api/rankings/dti/import'));

describe('the ranking table import page', () => {
  it('offers the template in the page’s language', async () => {
    openImport({});
    expect(await screen.findByRole('heading', { name: 'Nhập bảng xếp hạng DTI các tỉnh, thành phố' })).toBeVisible();
    expect(screen.getByRole('link', { name: /Tải mẫu CSV/ })).toHaveAttribute('href', '/api/rankings/dti/template.csv?lang=vi');
  });

  it('shows the dry run row by row with the source chosen, then imports all of it and links to the ranks', async () => {
    const view = openImport({
      'POST /api/rankings/dti/import': [() => jsonResponse(plan()), () => jsonResponse(plan({ dryRun: false, written: true }))],
    });
    await screen.findByRole('option', { name: 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)' });
    await view.user.selectOptions(screen.getByLabelText('Văn bản nguồn của các dòng không ghi mã nguồn'), 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)');
    await checkFile(view);
    const counts = await screen.findByRole('list', { name: 'Số dòng theo kết quả' });
    expect(counts).toHaveTextContent('1 mới');
    expect(counts).toHaveTextContent('0 bị từ chối');
    const table = screen.getByRole('table', { name: /Các dòng của tệp/ });
    // The heading row and the new and changed rows: the unchanged one waits for the checkbox.
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('row', { name: /Cao Bằng/ })).toHaveTextContent('202420/34✚ Mới');
    expect(within(table).getByRole('row', { name: /Lạng Sơn/ })).toHaveTextContent('Điểm: 0,4987 → 0,5123');
    await view.user.click(screen.getByRole('checkbox', { name: 'Hiện cả 1 dòng không đổi' }));
    expect(within(table).getAllByRole('row')).toHaveLength(4);

    await view.user.click(screen.getByRole('button', { name: 'Nhập 2 dòng' }));
    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('Đã nhập: 1 dòng mới, 1 dòng thay đổi.');
    expect(within(done).getByRole('link', { name: 'Xem thứ hạng trên trang chỉ tiêu' })).toHaveAttribute('href', '/indicators/dti-rank');
    const sourceId = String(sourceList.sources.find((s) => s.title.startsWith('Xếp hạng Chỉ số chuyển đổi số'))!.id);
    expect(importCalls(view.fetchMock)).toEqual([
      `/api/rankings/dti/import?dryRun=true&sourceId=${sourceId}`,
      `/api/rankings/dti/import?dryRun=false&sourceId=${sourceId}`,
    ]);
  });

  it('names a refused row’s column and why, and offers no import', async () => {
    const refused = plan({
      counts: { new: 1, changed: 0, unchanged: 0, refused: 1 },
      rows: [
        { row: 2, status: 'new', province: 'cao-bang', year: 2024, values: values(20), changes: [], problems: [] },
        {
          row: 3,
          status: 'refused',
          province: null,
          year: 2024,
          values: null,
          changes: [],
          problems: [{ field: 'province', message: 'Không có tỉnh, thành phố nào tên "Lang Son Moi"; gần nhất: Lạng Sơn.' }],
        },
      ],
    });
    const view = openImport({ 'POST /api/rankings/dti/import': () => jsonResponse(refused) });
    await checkFile(view);
    const row = await screen.findByRole('row', { name: /Bị từ chối/ });
    expect(row).toHaveTextContent('✖ Bị từ chối');
    expect(row).toHaveTextContent('Tỉnh, thành phố: Không có tỉnh, thành phố nào tên "Lang Son Moi"; gần nhất: Lạng Sơn.');
    expect(screen.getByText(/Hãy sửa các dòng bị từ chối/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Nhập \d/ })).not.toBeInTheDocument();
  });

  it('says why a file is refused as a whole, and asks for a file before sending none', async () => {
    const view = openImport({ 'POST /api/rankings/dti/import': () => errorResponse(413, 'file-too-large', {}, { file: 'Tệp lớn hơn dung lượng cho phép.' }) });
    await view.user.click(await screen.findByRole('button', { name: 'Kiểm tra tệp' }));
    expect(screen.getByText('Hãy chọn một tệp.')).toBeVisible();
    expect(importCalls(view.fetchMock)).toEqual([]);
    await checkFile(view);
    expect(await screen.findByRole('alert')).toHaveTextContent('Tệp quá lớn');
  });

  it('speaks English when the reader chose it', async () => {
    const view = openImport({ 'POST /api/rankings/dti/import': () => jsonResponse(plan()) }, users.approver, '/import/rankings/dti?lang=en');
    await checkFile(view, 'Ranking table file (.xlsx or .csv)', 'Check the file');
    expect(await screen.findByRole('list', { name: 'Rows by result' })).toHaveTextContent('1 new');
    expect(screen.getByRole('row', { name: /Lạng Sơn/ })).toHaveTextContent('Score: 0.4987 → 0.5123');
    expect(screen.getByRole('button', { name: 'Import 2 rows' })).toBeEnabled();
  });

  it('is for approvers: an analyst is told so, and the figures import links to it only for approvers', async () => {
    openImport({}, users.analyst);
    expect(await screen.findByRole('alert')).toHaveTextContent('Người duyệt');
    expect(screen.queryByLabelText('Tệp bảng xếp hạng (.xlsx hoặc .csv)')).not.toBeInTheDocument();
  });

  it('is reached from the figures import page by approvers, not by analysts', async () => {
    const link = { name: 'Nhập bảng xếp hạng DTI từ tệp' };
    const approver = openImport({}, users.approver, '/import');
    expect(await screen.findByRole('link', link)).toHaveAttribute('href', '/import/rankings/dti');
    approver.unmount();
    openImport({}, users.analyst, '/import');
    await screen.findByRole('heading', { name: 'Nhập số liệu từ tệp Excel hoặc CSV' });
    expect(screen.queryByRole('link', link)).not.toBeInTheDocument();
  });
});
