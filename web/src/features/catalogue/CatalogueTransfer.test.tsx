import type { CataloguePlan, DefinitionList } from '@kpi/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, type ApiRequest } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { users } from '../../../test/work-fixture';

const file = { format: 'kpi-catalogue', formatVersion: 1, indicators: [], sources: [], targets: [] };
const plan = (over: Partial<CataloguePlan>): CataloguePlan => ({ dryRun: true, applied: false, groups: [], indicators: [], targets: [], sources: [], ...over });
const changes = plan({
  groups: [
    { code: 'press', action: 'unchanged', fields: [], reason: null },
    { code: 'an-toan-thong-tin', action: 'new', fields: ['name.vi', 'name.en', 'order'], reason: null },
  ],
  indicators: [
    { code: 'so-thue-bao', action: 'unchanged', fields: [], reason: null },
    { code: 'chu-ky-so', action: 'changed', fields: ['name', 'unit'], reason: null },
  ],
  targets: [{ indicator: 'so-thue-bao', year: 2025, action: 'revised', reason: null }],
});

type Answer = (request: ApiRequest) => Response;

/** The catalogue page with the JSON import answering `imports` in turn, and the XLSX one `workbookImports`. */
function openCatalogue(imports: Answer[], workbookImports = imports) {
  const sent: ApiRequest[] = [];
  mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
    'GET /api/indicator-definitions': () => jsonResponse({ definitions: [] } satisfies DefinitionList),
    'POST /api/catalogue/import': imports.map((answer) => (request: ApiRequest) => (sent.push(request), answer(request))),
    'POST /api/catalogue/import.xlsx': workbookImports.map(
      (answer) => (request: ApiRequest, url: URL) => (sent.push({ ...request, body: url.search }), answer(request)),
    ),
  });
  return { sent, ...renderApp('/catalogue') };
}

const choose = async (view: ReturnType<typeof openCatalogue>, text = JSON.stringify(file)) =>
  view.user.upload(await screen.findByLabelText('Chọn tệp danh mục để nhập thử'), new File([text], 'danh-muc.json', { type: 'application/json' }));

describe('moving the catalogue', () => {
  it('offers the export, tries a chosen file, lists what would change, then imports it', async () => {
    const view = openCatalogue([() => jsonResponse(changes), () => jsonResponse({ ...changes, dryRun: false, applied: true })]);
    expect(await screen.findByRole('link', { name: 'Xuất danh mục (JSON)' })).toHaveAttribute('href', '/api/catalogue/export.json');
    await choose(view);
    const table = await screen.findByRole('region', { name: 'Kết quả nhập thử' });
    expect(within(table).getByRole('rowheader', { name: 'chu-ky-so' }).closest('tr')).toHaveTextContent('Thay đổiTrường thay đổi: name, unit');
    expect(within(table).getByRole('rowheader', { name: 'so-thue-bao · 2025' }).closest('tr')).toHaveTextContent('Sửa mục tiêu');
    expect(within(table).queryByRole('rowheader', { name: 'so-thue-bao' })).not.toBeInTheDocument();
    // Groups are listed too: the new one with its fields, the unchanged one only in the counts.
    expect(within(table).getByRole('rowheader', { name: 'Nhóm an-toan-thong-tin' }).closest('tr')).toHaveTextContent(
      'MớiTrường thay đổi: name.vi, name.en, order',
    );
    expect(within(table).queryByRole('rowheader', { name: 'Nhóm press' })).not.toBeInTheDocument();
    expect(table).toHaveTextContent('Nhóm chỉ tiêu: Không đổi: 1 · Mới: 1');
    expect(view.sent[0]!.body).toEqual({ file, dryRun: true });

    await view.user.click(screen.getByRole('button', { name: 'Nhập danh mục' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Đã nhập: 1 nhóm chỉ tiêu được ghi, 1 chỉ tiêu thành bản nháp chờ một người duyệt khác công bố, 1 mục tiêu được ghi.',
    );
    expect(view.sent[1]!.body).toEqual({ file, dryRun: false });
  });

  it('puts refused entries first, with why in words and an icon, and offers no import', async () => {
    const refused = plan({
      indicators: [
        { code: 'chu-ky-so', action: 'changed', fields: ['name'], reason: null },
        { code: 'xep-hang-dti', action: 'refused', fields: ['kind'], reason: 'series-locked' },
      ],
    });
    const view = openCatalogue([() => jsonResponse(refused)]);
    await choose(view);
    const rows = within(await screen.findByRole('region', { name: 'Kết quả nhập thử' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('xep-hang-dti✖ Bị từ chốiĐã có số liệu nên không đổi được loại hoặc đơn vị tính');
    expect(screen.getByRole('alert')).toHaveTextContent('Có mục bị từ chối');
    expect(screen.queryByRole('button', { name: 'Nhập danh mục' })).not.toBeInTheDocument();
  });

  it('says why a group change is refused to an approver', async () => {
    const refused = plan({ groups: [{ code: 'press', action: 'refused', fields: ['order'], reason: 'admin-only' }] });
    const view = openCatalogue([() => jsonResponse(refused)]);
    await choose(view);
    const row = within(await screen.findByRole('region', { name: 'Kết quả nhập thử' }))
      .getByRole('rowheader', { name: 'Nhóm press' })
      .closest('tr');
    expect(row).toHaveTextContent('Bị từ chốiChỉ quản trị viên được thêm hoặc sửa nhóm chỉ tiêu');
    expect(screen.queryByRole('button', { name: 'Nhập danh mục' })).not.toBeInTheDocument();
  });

  it('says so when the file is not JSON, or not a catalogue, without importing', async () => {
    const view = openCatalogue(
      [() => errorResponse(400, 'validation', {}, { 'file.format': 'not-a-catalogue' })],
      [() => errorResponse(400, 'validation', {}, { indicators: 'Thiếu trang tính này.' })],
    );
    await choose(view, 'không phải JSON');
    expect(await screen.findByRole('alert')).toHaveTextContent('Tệp này không phải JSON.');
    expect(view.sent).toHaveLength(0);
    await choose(view);
    expect(await screen.findByRole('alert')).toHaveTextContent('validation (test)');
    expect(screen.queryByRole('button', { name: 'Nhập danh mục' })).not.toBeInTheDocument();
    // A workbook the server refuses as a whole: the field it names, in the words it was asked for.
    await view.user.upload(screen.getByLabelText('Chọn tệp danh mục để nhập thử'), new File(['PK'], 'danh-muc.xlsx'));
    expect(await screen.findByRole('alert')).toHaveTextContent('indicators: Thiếu trang tính này.');
    expect(view.sent.map((r) => r.body)).toEqual([{ file, dryRun: true }, '?dryRun=true']);
  });

  it('offers the catalogue as XLSX in the page’s language, and tries a chosen workbook as the server reads it', async () => {
    const view = openCatalogue([() => jsonResponse(changes), () => jsonResponse({ ...changes, dryRun: false, applied: true })]);
    expect(await screen.findByRole('link', { name: 'Xuất danh mục (Excel XLSX)' })).toHaveAttribute('href', '/api/catalogue/export.xlsx?lang=vi');
    const input = await screen.findByLabelText('Chọn tệp danh mục để nhập thử');
    expect(input).toHaveAccessibleDescription('Tệp .json hoặc .xlsx');
    await view.user.upload(input, new File(['PK'], 'danh-muc.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    expect(await screen.findByRole('region', { name: 'Kết quả nhập thử' })).toHaveTextContent('chu-ky-so');
    // Sent as it is, for the server's zip-checked reader: not read as JSON here.
    expect(view.sent[0]!.body).toBe('?dryRun=true');
    await view.user.click(screen.getByRole('button', { name: 'Nhập danh mục' }));
    expect(await screen.findByRole('status')).toHaveTextContent('1 chỉ tiêu thành bản nháp');
    expect(view.sent[1]!.body).toBe('?dryRun=false');
  });

  it('names each unreadable row of a workbook by sheet, row and column header, with why, and offers no import', async () => {
    const unreadable = plan({
      rows: [
        { sheet: 'indicators', row: 3, column: 'name_en', reason: 'required' },
        { sheet: 'targets', row: 1204, column: 'year', reason: 'number-required' },
      ],
      targets: [{ indicator: 'so-thue-bao', year: 2025, action: 'revised', reason: null }],
    });
    const view = openCatalogue([() => jsonResponse(unreadable)]);
    await view.user.upload(await screen.findByLabelText('Chọn tệp danh mục để nhập thử'), new File(['PK'], 'danh-muc.xlsx'));
    const rows = within(await screen.findByRole('region', { name: 'Kết quả nhập thử' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Trang indicators, dòng 3✖ Bị từ chốiTên chỉ tiêu (tiếng Anh): Bắt buộc nhập.');
    expect(rows[2]).toHaveTextContent('Trang targets, dòng 1.204✖ Bị từ chốiNăm: Cần nhập một số.');
    expect(rows[3]).toHaveTextContent('so-thue-bao · 2025Sửa mục tiêu');
    expect(screen.getByRole('alert')).toHaveTextContent('Có mục bị từ chối');
    expect(screen.queryByRole('button', { name: 'Nhập danh mục' })).not.toBeInTheDocument();
  });
});
