import { screen, waitFor, within } from '@testing-library/react';
import type { User } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, requestedPaths } from '../../../test/api';
import { job, plan, rows } from '../../../test/import-fixture';
import { renderApp } from '../../../test/render';
import { indicatorList, orgUnitList, users } from '../../../test/work-fixture';

function openImport(extra: Parameters<typeof mockApi>[0] = {}, user: User = users.analyst) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user }),
    'GET /api/indicators': () => jsonResponse(indicatorList),
    ...extra,
  });
  return { fetchMock, ...renderApp('/import') };
}

const file = () => new File(['indicator_code,year\n'], 'so-lieu-2020.csv', { type: 'text/csv' });

async function checkFile(view: ReturnType<typeof openImport>) {
  await view.user.upload(await screen.findByLabelText('Tệp số liệu (.xlsx hoặc .csv)'), file());
  await view.user.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
}

const dryRun = (answer: ReturnType<typeof plan>) => ({ 'POST /api/imports': () => jsonResponse(answer) });

describe('ImportPage', () => {
  it('tells a commune user that rows without a unit are theirs and others are refused', async () => {
    openImport({ 'GET /api/org-units': () => jsonResponse(orgUnitList) }, users.commune);
    expect(
      await screen.findByText(
        'Tài khoản của bạn nhập số liệu cho Phường Tam Thanh: dòng để trống cột org_unit là số liệu của Phường Tam Thanh; dòng ghi đơn vị khác sẽ bị từ chối.',
      ),
    ).toBeInTheDocument();
  });

  it('says nothing of units to an analyst for the whole province', async () => {
    openImport();
    expect(await screen.findByLabelText('Tệp số liệu (.xlsx hoặc .csv)')).toBeInTheDocument();
    expect(screen.queryByText(/dòng để trống cột org_unit/)).not.toBeInTheDocument();
  });

  it('shows a rejected row with both readings of its cell, and offers no run', async () => {
    const view = openImport(dryRun(plan([rows.fresh, rows.rejected, rows.skipped])));
    await checkFile(view);
    const table = await screen.findByRole('table');
    // The dry run's result takes the focus: the reader lands on it, not on the page's top.
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: /so-lieu-2020\.csv/ })).toHaveFocus());
    expect(requestedPaths(view.fetchMock)).toContain('/api/imports?dryRun=true');
    expect(screen.getByRole('list', { name: 'Số dòng theo kết quả' }).textContent).toContain('1 bị từ chối');
    const rejected = within(table).getByRole('rowheader', { name: '4' }).closest('tr')!;
    expect(within(rejected).getByText('Bị từ chối')).toBeInTheDocument();
    expect(rejected.textContent).toContain('“1.234” có thể là 1,234 (dấu chấm thập phân) hoặc 1234 (dấu chấm phân cách hàng nghìn)');
    // The column as the template's first header row names it, not its machine name.
    expect(rejected.textContent).toContain('Mẫu số: Bắt buộc nhập.');
    const fresh = within(table).getByRole('rowheader', { name: '2' }).closest('tr')!;
    expect(fresh.textContent).toContain('Tử số: 154.231 → 154231 (dấu chấm phân cách hàng nghìn)');
    expect(fresh.textContent).not.toContain('(số nguyên)');
    // The skipped template row waits behind a box.
    expect(within(table).queryByRole('rowheader', { name: '5' })).not.toBeInTheDocument();
    expect(screen.getByText('Chưa nhập được: sửa các dòng bị từ chối trong tệp rồi gửi lại để kiểm tra.')).toBeInTheDocument();
    expect((screen.getByRole('button', { name: 'Nhập 1 dòng' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('runs once every warning is acknowledged, with the plan’s basis, and follows the job to its end', async () => {
    const view = openImport({
      'POST /api/imports': [() => jsonResponse(plan([rows.fresh, rows.warned])), () => jsonResponse(job('running', 0, 2), 202)],
      'GET /api/imports/job-12345678': [() => jsonResponse(job('running', 1, 2)), () => jsonResponse(job('succeeded', 2, 2))],
    });
    await checkFile(view);
    const run = await screen.findByRole('button', { name: 'Nhập 2 dòng' });
    expect(run.hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('table').textContent).toContain('Số công bố khác số tính được: Số công bố 29,71% khác số tính từ tử/mẫu 29,7%');
    // Each row names its unit: the province's, or the commune's with its kind and code.
    expect(screen.getByRole('columnheader', { name: 'Đơn vị hành chính' })).toBeVisible();
    const unitCell = (row: string) => within(screen.getByRole('rowheader', { name: row }).closest('tr')!).getAllByRole('cell')[1];
    expect(unitCell('2')).toHaveTextContent('Lạng SơnTỉnh · lang-son');
    expect(unitCell('3')).toHaveTextContent('Tân ĐoànXã · tan-doan');

    await view.user.click(screen.getByRole('checkbox', { name: /Đã kiểm tra 1 dòng có cảnh báo “Số công bố khác số tính được”/ }));
    expect(run.hasAttribute('disabled')).toBe(false);
    await view.user.click(run);

    expect(await screen.findByText('Đã ghi 1/2 dòng…')).toBeInTheDocument();
    const done = await screen.findByText(/Đã lưu 2 dòng thành bản nháp, đang chờ duyệt/);
    await waitFor(() => expect(done).toHaveFocus());
    // An analyst cannot approve: the next step is the entry page, where the drafts are.
    expect(within(done).getByRole('link', { name: 'Xem các bản nháp ở trang nhập số liệu' })).toHaveAttribute('href', '/entry');
    expect(requestedPaths(view.fetchMock)).toContain('/api/imports?acknowledge=published-mismatch&basis=basis-of-the-dry-run');
  });

  it('sends an approver on to the approval page once the import is written', async () => {
    const view = openImport(
      {
        'POST /api/imports': [() => jsonResponse(plan([rows.fresh])), () => jsonResponse(job('succeeded', 1, 1), 202)],
        'GET /api/imports/job-12345678': () => jsonResponse(job('succeeded', 1, 1)),
      },
      users.approver,
    );
    await checkFile(view);
    await view.user.click(await screen.findByRole('button', { name: 'Nhập 1 dòng' }));
    const done = await screen.findByText(/Đã lưu 1 dòng thành bản nháp, đang chờ duyệt/);
    expect(within(done).getByRole('link', { name: 'Đến trang duyệt số liệu' })).toHaveAttribute('href', '/approval');
  });

  it('says why a legacy-encoded CSV is refused', async () => {
    const view = openImport({ 'POST /api/imports': () => errorResponse(415, 'legacy-encoding') });
    await checkFile(view);
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(alert.textContent).toContain('Tệp không ở mã UTF-8');
    expect(alert.textContent).toContain('legacy-encoding (test)');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    // Sent as multipart field `file`, with the UI language for the server's messages.
    const [, init] = view.fetchMock.mock.calls.find(([input]) => String(input).startsWith('/api/imports'))!;
    expect((init!.body as FormData).get('file')).toMatchObject({ name: 'so-lieu-2020.csv' });
    expect((init!.headers as Record<string, string>)['accept-language']).toBe('vi');
  });

  it('offers the template for a chosen year', async () => {
    const view = openImport();
    await view.user.selectOptions(await screen.findByRole('combobox', { name: 'Năm cần điền' }), '2020');
    expect(screen.getByRole('link', { name: /Tải mẫu Excel/ }).getAttribute('href')).toBe('/api/imports/template.xlsx?year=2020&lang=vi');
    expect(screen.getByRole('link', { name: /Tải mẫu CSV/ }).getAttribute('href')).toBe('/api/imports/template.csv?year=2020&lang=vi');
  });
});

describe('navigation to the spreadsheet pages', () => {
  it('shows an analyst the import link but no screens admin link', async () => {
    mockApi({ 'GET /api/auth/me': () => jsonResponse({ user: users.analyst }) });
    renderApp('/?year=2020');
    const nav = screen.getByRole('navigation', { name: 'Các trang' });
    expect((await within(nav).findByRole('link', { name: 'Nhập từ tệp' })).getAttribute('href')).toBe('/import');
    expect(screen.queryByRole('link', { name: 'Màn hình phòng họp' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Quản trị' })).not.toBeInTheDocument();
  });

  it('lets anyone export published figures at /export', async () => {
    mockApi({ 'GET /api/indicators': () => jsonResponse(indicatorList) });
    const { user } = renderApp('/export');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Từ năm' }), '2016');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Đến năm' }), '2020');
    await user.click(screen.getByText('Chỉ tiêu (đã chọn 0)'));
    await user.click(screen.getByRole('checkbox', { name: 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Xếp hạng Vietnam ICT Index' }));
    await waitFor(() =>
      expect(screen.getByRole('link', { name: /Tải Excel/ }).getAttribute('href')).toBe(
        '/api/exports/figures.xlsx?from=2016&to=2020&indicators=dti-rank%2Cict-index-rank&lang=vi',
      ),
    );
  });
});
