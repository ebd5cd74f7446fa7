import type { OrgUnit, OrgUnitImportPlan } from '@kpi/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, requestedPaths } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { users } from '../../../test/work-fixture';

const province: OrgUnit = {
  code: 'lang-son',
  name: 'Lạng Sơn',
  kind: 'province',
  parent: null,
  validFrom: null,
  validTo: null,
  nameChecked: true,
  predecessors: [],
  note: null,
  version: 1,
};

const plan = (over: Partial<OrgUnitImportPlan> = {}): OrgUnitImportPlan => ({
  fileName: 'don-vi.csv',
  format: 'csv',
  columns: ['code', 'name', 'kind', 'parent'],
  ignoredColumns: [],
  counts: { total: 3, new: 1, changed: 1, unchanged: 1, refused: 0 },
  canImport: true,
  basis: 'basis-1',
  applied: false,
  rows: [
    { row: 3, code: 'xa-moi', label: 'Xã Mới', status: 'new', changes: [], problems: [] },
    { row: 4, code: 'tan-doan', label: 'Xã Tân Đoàn', status: 'changed', changes: [{ column: 'name_checked', before: 'không', after: 'có' }], problems: [] },
    { row: 5, code: 'lang-son', label: 'Tỉnh Lạng Sơn', status: 'unchanged', changes: [], problems: [] },
  ],
  ...over,
});

function openUnits(routes: Parameters<typeof mockApi>[0]) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.admin }),
    'GET /api/org-units': () => jsonResponse({ units: [province] }),
    ...routes,
  });
  return { fetchMock, ...renderApp('/admin/units') };
}

async function checkFile(view: ReturnType<typeof openUnits>) {
  const file = new File(['code,name,kind\r\n'], 'don-vi.csv', { type: 'text/csv' });
  await view.user.upload(await screen.findByLabelText('Tệp để nhập (.xlsx hoặc .csv)'), file);
  await view.user.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
}

describe('the units file on the admin units page', () => {
  it('offers the units to download in the page’s language', async () => {
    openUnits({});
    expect(await screen.findByRole('link', { name: /Tải danh sách \(XLSX\)/ })).toHaveAttribute('href', '/api/org-units/export.xlsx?lang=vi');
    expect(screen.getByRole('link', { name: /Tải danh sách \(CSV\)/ })).toHaveAttribute('href', '/api/org-units/export.csv?lang=vi');
  });

  it('shows the dry run row by row, then applies it with the dry run’s basis', async () => {
    const view = openUnits({
      'POST /api/org-units/import': [() => jsonResponse(plan()), () => jsonResponse(plan({ applied: true }))],
    });
    await checkFile(view);
    const counts = await screen.findByRole('list', { name: 'Số dòng theo kết quả' });
    expect(counts).toHaveTextContent('1 mới');
    expect(counts).toHaveTextContent('0 bị từ chối');
    const table = screen.getByRole('table', { name: /Các dòng của tệp/ });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('row', { name: /Xã Tân Đoàn/ })).toHaveTextContent('Tên đã đối chiếu văn bản: không → có');
    await view.user.click(screen.getByRole('checkbox', { name: 'Hiện cả 1 dòng không đổi' }));
    expect(within(table).getAllByRole('row')).toHaveLength(4);

    await view.user.click(screen.getByRole('button', { name: 'Áp dụng 2 thay đổi' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Đã áp dụng: 1 đơn vị mới, 1 đơn vị thay đổi.');
    expect(requestedPaths(view.fetchMock).filter((p) => p.startsWith('/api/org-units/import'))).toEqual([
      '/api/org-units/import?dryRun=true',
      '/api/org-units/import?basis=basis-1',
    ]);
  });

  it('names a refused row’s column and why, and offers no run', async () => {
    const refused = plan({
      canImport: false,
      counts: { total: 1, new: 0, changed: 0, unchanged: 0, refused: 1 },
      rows: [
        { row: 3, code: 'xa-sai', label: null, status: 'refused', changes: [], problems: [{ column: 'kind', message: '“làng” không phải loại đơn vị.' }] },
      ],
    });
    const view = openUnits({ 'POST /api/org-units/import': () => jsonResponse(refused) });
    await checkFile(view);
    const row = await screen.findByRole('row', { name: /xa-sai/ });
    expect(row).toHaveTextContent('✖ Bị từ chối');
    expect(row).toHaveTextContent('Loại đơn vị: “làng” không phải loại đơn vị.');
    expect(screen.getByText(/Hãy sửa các dòng bị từ chối/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /Áp dụng/ })).not.toBeInTheDocument();
  });
});
