import type { Calendar, OrgUnit } from '@kpi/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, requestedPaths, sentBodies } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { users } from '../../../test/work-fixture';

const lan = { username: 'lan', displayName: 'Nguyễn Thị Lan' };
const hoa = { username: 'hoa', displayName: 'Phạm Thu Hoa' };

const calendarAt = (version: number): Calendar => ({
  year: 2025,
  departmentRule: { month: 1, day: 15 },
  people: [lan, hoa],
  indicators: [
    {
      code: 'dti-rank',
      name: { vi: 'Xếp hạng DTI', en: 'DTI rank' },
      due: null,
      responsible: null,
      unitResponsibles: [],
      version: 0,
      provinceDue: '2026-01-15',
      overrides: [],
    },
    {
      code: 'bluezone-install-rate',
      name: { vi: 'Tỷ lệ cài Bluezone', en: 'Bluezone installs' },
      due: { month: 2, day: 1 },
      responsible: hoa,
      unitResponsibles: [{ unit: 'dong-dang', person: hoa }],
      version,
      provinceDue: '2026-02-10',
      overrides: [{ unit: null, due: '2026-02-10', version: 1 }],
    },
  ],
});

const unit = (code: string, name: string, kind: OrgUnit['kind']): OrgUnit => ({
  code,
  name,
  kind,
  parent: 'lang-son',
  validFrom: '2025-07-01',
  validTo: null,
  nameChecked: true,
  predecessors: [],
  note: null,
  version: 1,
});
const orgUnits = { units: [unit('tam-thanh', 'Tam Thanh', 'ward'), unit('dong-dang', 'Đồng Đăng', 'commune')] };
// Only Bluezone builds the province's figure from its units'.
const definitions = {
  definitions: [
    { code: 'dti-rank', published: { aggregation: 'none' } },
    { code: 'bluezone-install-rate', published: { aggregation: 'ratio-sum' } },
  ],
};

const routes = (calendar: () => Response) => ({
  'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
  'GET /api/calendar': calendar,
  'GET /api/org-units': () => jsonResponse(orgUnits),
  'GET /api/indicator-definitions': () => jsonResponse(definitions),
});

describe('the reporting calendar page', () => {
  it('lists each indicator’s rule, date and person, and saves a changed rule and people with the version read', async () => {
    const fetchMock = mockApi({
      ...routes(() => jsonResponse(calendarAt(3))),
      'PUT /api/calendar/bluezone-install-rate': () => jsonResponse({ ...calendarAt(4).indicators[1], version: 4 }),
    });
    const { user } = renderApp('/calendar?year=2025');
    const table = await screen.findByRole('table', { name: 'Lịch báo cáo số liệu năm 2025' });
    const [dti, bluezone] = within(table).getAllByRole('row').slice(1);
    expect(dti).toHaveTextContent('Theo quy định chung: ngày 15/01 năm sau');
    expect(dti).toHaveTextContent('15/01/2026');
    expect(dti).toHaveTextContent('Chưa giao');
    expect(dti).not.toHaveTextContent('hạn riêng năm nay');
    expect(bluezone).toHaveTextContent('Riêng: ngày 01/02 năm sau');
    expect(bluezone).toHaveTextContent('10/02/2026 ★ hạn riêng năm nay');
    expect(bluezone).toHaveTextContent('Phạm Thu Hoa');

    // The rule-only indicator offers no units' people.
    await user.click(within(dti!).getByRole('button', { name: 'Sửa Xếp hạng DTI' }));
    expect(await screen.findByRole('heading', { name: 'Sửa lịch: Xếp hạng DTI' })).toHaveFocus();
    expect(screen.queryByRole('group', { name: 'Người phụ trách riêng của đơn vị' })).not.toBeInTheDocument();

    await user.click(within(bluezone!).getByRole('button', { name: 'Sửa Tỷ lệ cài Bluezone' }));
    const form = await screen.findByRole('form', { name: 'Hạn nộp hằng năm' });
    await user.clear(within(form).getByLabelText('Ngày'));
    await user.type(within(form).getByLabelText('Ngày'), '31');
    await user.clear(within(form).getByLabelText('Tháng'));
    await user.type(within(form).getByLabelText('Tháng'), '3');
    await user.selectOptions(within(form).getByLabelText('Người phụ trách'), 'lan');
    const units = within(form).getByRole('group', { name: 'Người phụ trách riêng của đơn vị' });
    await user.click(within(units).getByRole('button', { name: 'Bỏ người phụ trách riêng của Xã Đồng Đăng' }));
    await user.selectOptions(within(units).getByLabelText('Đơn vị'), 'tam-thanh');
    await user.selectOptions(within(units).getByLabelText('Người phụ trách của đơn vị'), 'lan');
    await user.click(within(units).getByRole('button', { name: 'Thêm' }));
    expect(units).toHaveTextContent('Phường Tam Thanh: Nguyễn Thị Lan');
    await user.click(within(form).getByRole('button', { name: 'Lưu hạn nộp và người phụ trách' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Đã lưu hạn nộp và người phụ trách của “Tỷ lệ cài Bluezone”.');
    expect(sentBodies(fetchMock, 'PUT /api/calendar/bluezone-install-rate')).toEqual([
      { version: 3, due: { month: 3, day: 31 }, responsible: 'lan', unitResponsibles: { 'tam-thanh': 'lan' } },
    ]);
  });

  it('checks the rule before sending and shows the server’s message beside its field', async () => {
    const fetchMock = mockApi({
      ...routes(() => jsonResponse(calendarAt(3))),
      'PUT /api/calendar/dti-rank': () => errorResponse(400, 'validation', {}, { responsible: 'Người phụ trách phải là chuyên viên trở lên.' }),
    });
    const { user } = renderApp('/calendar?year=2025');
    await user.click(await screen.findByRole('button', { name: 'Sửa Xếp hạng DTI' }));
    const form = await screen.findByRole('form', { name: 'Hạn nộp hằng năm' });
    await user.click(within(form).getByLabelText('Ngày riêng của chỉ tiêu'));
    await user.type(within(form).getByLabelText('Ngày'), '30');
    await user.type(within(form).getByLabelText('Tháng'), '2');
    await user.click(within(form).getByRole('button', { name: 'Lưu hạn nộp và người phụ trách' }));
    expect(within(form).getByLabelText('Ngày')).toHaveAccessibleDescription(/Hạn nộp là một ngày có thật/);
    expect(sentBodies(fetchMock, 'PUT /api/calendar/dti-rank')).toEqual([]);

    await user.click(within(form).getByLabelText(/Theo quy định chung/));
    await user.selectOptions(within(form).getByLabelText('Người phụ trách'), 'hoa');
    await user.click(within(form).getByRole('button', { name: 'Lưu hạn nộp và người phụ trách' }));
    await waitFor(() => expect(within(form).getByLabelText('Người phụ trách')).toHaveAccessibleDescription(/chuyên viên trở lên/));
    expect(sentBodies(fetchMock, 'PUT /api/calendar/dti-rank')).toEqual([{ version: 0, due: null, responsible: 'hoa', unitResponsibles: {} }]);
  });

  it('on a 409 says so, reloads the calendar, keeps what was typed, and the next save names the new version', async () => {
    const fetchMock = mockApi({
      ...routes(() => jsonResponse(calendarAt(3))),
      'GET /api/calendar': [() => jsonResponse(calendarAt(3)), () => jsonResponse(calendarAt(5))],
      'PUT /api/calendar/bluezone-install-rate': [
        () => errorResponse(409, 'conflict', {}, { version: 'Đã có người thay đổi trước bạn; hãy tải lại.' }),
        () => jsonResponse({ ...calendarAt(6).indicators[1] }),
      ],
    });
    const { user } = renderApp('/calendar?year=2025');
    await user.click(await screen.findByRole('button', { name: 'Sửa Tỷ lệ cài Bluezone' }));
    const form = await screen.findByRole('form', { name: 'Hạn nộp hằng năm' });
    await user.clear(within(form).getByLabelText('Ngày'));
    await user.type(within(form).getByLabelText('Ngày'), '20');
    await user.selectOptions(within(form).getByLabelText('Người phụ trách'), 'lan');
    await user.click(within(form).getByRole('button', { name: 'Lưu hạn nộp và người phụ trách' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Đã có người thay đổi trước bạn; hãy tải lại. Lịch đã được tải lại; những gì bạn nhập vẫn còn');
    await waitFor(() => expect(sentBodies(fetchMock, 'GET /api/calendar').length).toBeGreaterThanOrEqual(2));
    const kept = screen.getByRole('form', { name: 'Hạn nộp hằng năm' });
    expect(within(kept).getByLabelText('Ngày')).toHaveValue('20');
    expect(within(kept).getByLabelText('Người phụ trách')).toHaveValue('lan');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    await user.click(within(kept).getByRole('button', { name: 'Lưu hạn nộp và người phụ trách' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Đã lưu');
    expect(sentBodies(fetchMock, 'PUT /api/calendar/bluezone-install-rate').map((b) => (b as { version: number }).version)).toEqual([3, 5]);
    expect(sentBodies(fetchMock, 'PUT /api/calendar/bluezone-install-rate')[1]).toMatchObject({ due: { month: 2, day: 20 }, responsible: 'lan' });
  });

  it('sets and removes this year’s own date with the version read', async () => {
    const fetchMock = mockApi({
      ...routes(() => jsonResponse(calendarAt(3))),
      'PUT /api/calendar/bluezone-install-rate/years/2025': () => jsonResponse({ unit: null, due: '2026-03-01', version: 2 }),
      'DELETE /api/calendar/bluezone-install-rate/years/2025': () => new Response(null, { status: 204 }),
    });
    const { user } = renderApp('/calendar?year=2025');
    await user.click(await screen.findByRole('button', { name: 'Sửa Tỷ lệ cài Bluezone' }));
    const own = await screen.findByRole('form', { name: 'Hạn riêng cho số liệu năm 2025' });
    const date = within(own).getByLabelText('Ngày hạn nộp');
    expect(date).toHaveValue('2026-02-10');
    expect(date).toHaveAccessibleDescription(/Ngày đã chọn: 10\/02\/2026\. Không đặt thì áp dụng hạn theo quy định: 01\/02\/2026\./);
    await user.clear(date);
    await user.type(date, '2026-03-01');
    await user.click(within(own).getByRole('button', { name: 'Lưu hạn riêng' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Đã đặt hạn riêng 01/03/2026 cho “Tỷ lệ cài Bluezone”.');
    expect(sentBodies(fetchMock, 'PUT /api/calendar/bluezone-install-rate/years/2025')).toEqual([{ version: 1, due: '2026-03-01' }]);

    await user.click(within(own).getByRole('button', { name: 'Bỏ hạn riêng của năm này' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Đã bỏ hạn riêng của năm này cho “Tỷ lệ cài Bluezone”.');
    expect(requestedPaths(fetchMock)).toContain('/api/calendar/bluezone-install-rate/years/2025?version=1');
  });

  it('on a 409 for this year’s own date says so, reloads the calendar and keeps the date typed', async () => {
    const fetchMock = mockApi({
      ...routes(() => jsonResponse(calendarAt(3))),
      'PUT /api/calendar/bluezone-install-rate/years/2025': () =>
        errorResponse(409, 'conflict', {}, { version: 'Đã có người thay đổi trước bạn; hãy tải lại.' }),
    });
    const { user } = renderApp('/calendar?year=2025');
    await user.click(await screen.findByRole('button', { name: 'Sửa Tỷ lệ cài Bluezone' }));
    const own = await screen.findByRole('form', { name: 'Hạn riêng cho số liệu năm 2025' });
    const readsBefore = sentBodies(fetchMock, 'GET /api/calendar').length;
    await user.clear(within(own).getByLabelText('Ngày hạn nộp'));
    await user.type(within(own).getByLabelText('Ngày hạn nộp'), '2026-03-15');
    await user.click(within(own).getByRole('button', { name: 'Lưu hạn riêng' }));

    expect(await within(own).findByRole('alert')).toHaveTextContent(
      'Đã có người thay đổi trước bạn; hãy tải lại. Lịch đã được tải lại; những gì bạn nhập vẫn còn',
    );
    await waitFor(() => expect(sentBodies(fetchMock, 'GET /api/calendar').length).toBeGreaterThan(readsBefore));
    expect(within(screen.getByRole('form', { name: 'Hạn riêng cho số liệu năm 2025' })).getByLabelText('Ngày hạn nộp')).toHaveValue('2026-03-15');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(sentBodies(fetchMock, 'PUT /api/calendar/bluezone-install-rate/years/2025')).toEqual([{ version: 1, due: '2026-03-15' }]);
  });

  it('is for approvers: an analyst is told so', async () => {
    mockApi({ 'GET /api/auth/me': () => jsonResponse({ user: users.analyst }) });
    renderApp('/calendar');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Người duyệt/);
  });
});
