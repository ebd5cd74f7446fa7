import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, sentBodies } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { indicatorList, orgUnitList, users } from '../../../test/work-fixture';

const signInState = { failedSignIns: 0, lockedUntil: null, mail: { email: null, dailyDigest: true, immediateNotices: true } };
const accounts = [users.admin, users.analyst, users.approver, users.commune].map((user) => ({ ...user, ...signInState }));

/** The admin's accounts page, with the units an analyst can be limited to. */
function openUsers(extra: Parameters<typeof mockApi>[0] = {}) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.admin }),
    'GET /api/users': () => jsonResponse({ users: accounts }),
    'GET /api/indicators': () => jsonResponse(indicatorList),
    'GET /api/org-units': () => jsonResponse(orgUnitList),
    ...extra,
  });
  return { fetchMock, ...renderApp('/admin/users') };
}

const row = async (username: string) => (await screen.findByRole('rowheader', { name: new RegExp(`^${username}`) })).closest('tr')!;
const newUserForm = async () => (await screen.findByRole('heading', { name: 'Tạo tài khoản' })).closest('form')!;
const optionNames = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('commune users in the admin’s accounts page', () => {
  it('creates an analyst limited to a ward standing today', async () => {
    const { user, fetchMock } = openUsers({ 'POST /api/users': () => jsonResponse({ ...users.commune }, 201) });
    const form = await newUserForm();
    const unit = within(form).getByRole('combobox', { name: 'Xã, phường' });
    expect(unit).toHaveValue('');
    // The province and a former commune are not offered: the server would refuse them.
    await waitFor(() => expect(optionNames(unit)).toEqual(['Toàn tỉnh', 'Phường Tam Thanh', 'Xã Tân Đoàn']));
    await user.type(within(form).getByLabelText('Tên đăng nhập'), 'hoa');
    await user.type(within(form).getByLabelText('Họ và tên'), 'Phạm Thị Hoa');
    await user.type(within(form).getByLabelText('Mật khẩu ban đầu (ít nhất 10 ký tự)'), 'long-enough-1');
    await user.selectOptions(unit, 'Phường Tam Thanh');
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(sentBodies(fetchMock, 'POST /api/users')).toEqual([
      { username: 'hoa', displayName: 'Phạm Thị Hoa', password: 'long-enough-1', role: 'analyst', unit: 'tam-thanh' },
    ]);
  });

  it('offers no unit to an approver, and sends none', async () => {
    const { user, fetchMock } = openUsers({ 'POST /api/users': () => jsonResponse({ ...users.approver, username: 'tuan' }, 201) });
    const form = await newUserForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Xã, phường' }), await within(form).findByRole('option', { name: 'Phường Tam Thanh' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Vai trò' }), 'approver');
    expect(within(form).queryByRole('combobox', { name: 'Xã, phường' })).not.toBeInTheDocument();
    await user.type(within(form).getByLabelText('Tên đăng nhập'), 'tuan');
    await user.type(within(form).getByLabelText('Họ và tên'), 'Lý Văn Tuấn');
    await user.type(within(form).getByLabelText('Mật khẩu ban đầu (ít nhất 10 ký tự)'), 'long-enough-1');
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(sentBodies(fetchMock, 'POST /api/users')).toEqual([{ username: 'tuan', displayName: 'Lý Văn Tuấn', password: 'long-enough-1', role: 'approver' }]);
  });

  it('shows the server’s refusal of a unit beside the select', async () => {
    const refusal = 'Chọn một xã hoặc phường đang tồn tại (không phải tỉnh hay đơn vị cũ).';
    const { user } = openUsers({ 'POST /api/users': () => errorResponse(400, 'validation', {}, { unit: refusal }) });
    const form = await newUserForm();
    await user.type(within(form).getByLabelText('Tên đăng nhập'), 'hoa');
    await user.type(within(form).getByLabelText('Họ và tên'), 'Phạm Thị Hoa');
    await user.type(within(form).getByLabelText('Mật khẩu ban đầu (ít nhất 10 ký tự)'), 'long-enough-1');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Xã, phường' }), await within(form).findByRole('option', { name: 'Xã Tân Đoàn' }));
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));
    const unit = within(form).getByRole('combobox', { name: 'Xã, phường' });
    await waitFor(() => expect(unit).toHaveAccessibleDescription(expect.stringContaining(refusal)));
  });

  it('shows an account’s unit and changes it with the account’s version', async () => {
    const { user, fetchMock } = openUsers({ 'PATCH /api/users/lan': () => jsonResponse({ ...users.analyst, unit: 'tan-doan', version: 2 }) });
    const hoa = within(await row('hoa')).getByRole('combobox', { name: 'Xã, phường của hoa' });
    await waitFor(() => expect(hoa).toHaveDisplayValue('Phường Tam Thanh'));
    // Approvers work for the whole province: they have no unit to choose.
    expect(within(await row('minh')).queryByRole('combobox', { name: 'Xã, phường của minh' })).not.toBeInTheDocument();
    expect((await row('minh')).textContent).toContain('Toàn tỉnh');
    await user.selectOptions(within(await row('lan')).getByRole('combobox', { name: 'Xã, phường của lan' }), 'Xã Tân Đoàn');
    await waitFor(() => expect(sentBodies(fetchMock, 'PATCH /api/users/lan')).toEqual([{ version: 1, unit: 'tan-doan' }]));
  });

  it('clears the unit when a commune user becomes an approver', async () => {
    const { user, fetchMock } = openUsers({ 'PATCH /api/users/hoa': () => jsonResponse({ ...users.commune, role: 'approver', unit: null, version: 2 }) });
    await user.selectOptions(within(await row('hoa')).getByRole('combobox', { name: 'Vai trò của hoa' }), 'approver');
    await waitFor(() => expect(sentBodies(fetchMock, 'PATCH /api/users/hoa')).toEqual([{ version: 1, role: 'approver', unit: null }]));
  });
});
