import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, requestedPaths, sentBodies } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { indicatorList, users } from '../../../test/work-fixture';

const signInState = { failedSignIns: 0, lockedUntil: null, mail: { email: null, dailyDigest: true, immediateNotices: true } };
const accounts = [users.admin, users.analyst, users.approver].map((user) => ({ ...user, ...signInState }));

function openAdmin(url: string, extra: Parameters<typeof mockApi>[0] = {}) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.admin }),
    'GET /api/users': () => jsonResponse({ users: accounts }),
    'GET /api/indicators': () => jsonResponse(indicatorList),
    ...extra,
  });
  return { fetchMock, ...renderApp(url) };
}

const row = async (username: string) => (await screen.findByRole('rowheader', { name: new RegExp(`^${username}`) })).closest('tr')!;

describe('AdminUsersPage', () => {
  it('opens at /admin, the admin area’s first tab', async () => {
    openAdmin('/admin');
    expect(await row('lan')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { current: 'page' }).map((link) => link.getAttribute('href'))).toContain('/admin/users');
  });

  it('changes a role with the account’s version', async () => {
    const { user, fetchMock } = openAdmin('/admin/users', { 'PATCH /api/users/lan': () => jsonResponse({ ...users.analyst, role: 'approver', version: 2 }) });
    await user.selectOptions(within(await row('lan')).getByRole('combobox', { name: 'Vai trò của lan' }), 'approver');
    expect(sentBodies(fetchMock, 'PATCH /api/users/lan')).toEqual([{ version: 1, role: 'approver' }]);
  });

  it('disables an account, but not one’s own', async () => {
    const { user, fetchMock } = openAdmin('/admin/users', { 'PATCH /api/users/minh': () => jsonResponse({ ...users.approver, disabled: true, version: 2 }) });
    expect((within(await row('admin')).getByRole('button', { name: 'Khoá admin' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(await row('minh')).getByRole('button', { name: 'Khoá minh' }));
    expect(sentBodies(fetchMock, 'PATCH /api/users/minh')).toEqual([{ version: 1, disabled: true }]);
  });

  it('shows whose sign-in is locked and until when, and lifts the lock', async () => {
    const locked = { ...accounts[1]!, failedSignIns: 10, lockedUntil: '2099-03-02T01:15:00.000Z' };
    const { user, fetchMock } = openAdmin('/admin/users', {
      'GET /api/users': () => jsonResponse({ users: [accounts[0], locked, { ...accounts[2], failedSignIns: 2 }] }),
      'POST /api/users/lan/unlock': () => jsonResponse({ ...locked, ...signInState }),
    });
    const lan = await row('lan');
    expect(lan.textContent).toContain('Tạm khoá đăng nhập đến 08:15 02/03/2099');
    expect((await row('minh')).textContent).toContain('2 lần đăng nhập sai liên tiếp');
    expect(within(await row('minh')).queryByRole('button', { name: /Gỡ tạm khoá/ })).not.toBeInTheDocument();
    await user.click(within(lan).getByRole('button', { name: 'Gỡ tạm khoá đăng nhập của lan' }));
    await waitFor(() => expect(sentBodies(fetchMock, 'POST /api/users/lan/unlock')).toEqual([{}]));
  });

  it('resets a password with the account’s version', async () => {
    const { user, fetchMock } = openAdmin('/admin/users', { 'POST /api/users/lan/password': () => new Response(null, { status: 204 }) });
    await user.click(within(await row('lan')).getByRole('button', { name: 'Đặt lại mật khẩu' }));
    await user.type(within(await row('lan')).getByLabelText('Mật khẩu mới cho lan'), 'a new long password');
    await user.click(within(await row('lan')).getByRole('button', { name: 'Đặt mật khẩu' }));
    await waitFor(() => expect(sentBodies(fetchMock, 'POST /api/users/lan/password')).toEqual([{ password: 'a new long password', version: 1 }]));
  });

  it('checks a new account with the shared rules before creating it', async () => {
    const { user, fetchMock } = openAdmin('/admin/users', { 'POST /api/users': () => jsonResponse({ ...users.viewer, username: 'hoa' }, 201) });
    const form = (await screen.findByRole('heading', { name: 'Tạo tài khoản' })).closest('form')!;
    await user.type(within(form).getByLabelText('Tên đăng nhập'), 'Hoa Nguyen');
    await user.type(within(form).getByLabelText('Mật khẩu ban đầu (ít nhất 10 ký tự)'), 'short');
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(within(form).getByText(/Tên đăng nhập 3–32 ký tự/)).toBeInTheDocument();
    expect(within(form).getByText('Mật khẩu cần ít nhất 10 ký tự.')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST /api/users')).toEqual([]);

    await user.clear(within(form).getByLabelText('Tên đăng nhập'));
    await user.type(within(form).getByLabelText('Tên đăng nhập'), 'hoa');
    await user.type(within(form).getByLabelText('Họ và tên'), 'Phạm Thị Hoa');
    await user.type(within(form).getByLabelText('Mật khẩu ban đầu (ít nhất 10 ký tự)'), '-long-enough');
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(sentBodies(fetchMock, 'POST /api/users')).toEqual([
      { username: 'hoa', displayName: 'Phạm Thị Hoa', password: 'short-long-enough', role: 'analyst' },
    ]);
    expect(await within(form).findByText('Đã tạo tài khoản hoa.')).toBeInTheDocument();
  });
});

describe('AdminAuditPage', () => {
  it('filters the trail and shows what changed as key: before → after', async () => {
    const entry = {
      id: 7,
      at: '2021-03-02T02:30:00.000Z',
      actor: 'lan',
      action: 'observation.save-draft',
      entity: 'observation',
      entityKey: 'bluezone-install-rate/2021/lang-son',
      indicatorCode: 'bluezone-install-rate',
      before: { kind: 'ratio', numerator: 150000, denominator: 519755 },
      after: { kind: 'ratio', numerator: 154231, denominator: 519755 },
      detail: { acknowledgedWarnings: ['published-mismatch'] },
    };
    const { user, fetchMock } = openAdmin('/admin/audit', { 'GET /api/audit': () => jsonResponse({ entries: [entry] }) });
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Lưu bản nháp')).toBeInTheDocument();
    expect(within(table).getByText('numerator:').closest('li')!.textContent).toBe('numerator: 150.000 → 154.231');
    expect(within(table).queryByText('denominator:')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Chỉ tiêu' }), 'bluezone-install-rate');
    await user.type(screen.getByLabelText('Người thực hiện (tên đăng nhập)'), 'lan');
    await user.click(screen.getByRole('button', { name: 'Lọc' }));
    await waitFor(() => expect(requestedPaths(fetchMock)).toContain('/api/audit?indicator=bluezone-install-rate&user=lan'));
  });
});
