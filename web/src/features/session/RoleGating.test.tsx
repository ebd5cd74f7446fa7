import { screen, waitFor, within } from '@testing-library/react';
import type { User } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { users } from '../../../test/work-fixture';

const signedInAs = (user: User) => ({ 'GET /api/auth/me': () => jsonResponse({ user }) });

async function navigation() {
  const nav = screen.getByRole('navigation', { name: 'Các trang' });
  await within(nav).findByRole('button', { name: 'Đăng xuất' });
  // The signed-in links come in their own chunk, with the inbox's link first.
  await within(nav).findByRole('link', { name: /^Việc cần làm/ });
  return nav;
}

describe('pages by role', () => {
  it('offers a signed-out reader only the overview and sign-in', async () => {
    mockApi({});
    renderApp('/?year=2020');
    const nav = screen.getByRole('navigation', { name: 'Các trang' });
    expect((await within(nav).findByRole('link', { name: 'Đăng nhập' })).getAttribute('href')).toBe('/sign-in?next=%2F%3Fyear%3D2020');
    expect(within(nav).queryByRole('link', { name: 'Nhập số liệu' })).not.toBeInTheDocument();
  });

  it('shows an analyst the entry link but no Approve or Admin link', async () => {
    mockApi(signedInAs(users.analyst));
    renderApp('/?year=2020');
    const nav = await navigation();
    expect(within(nav).getByRole('link', { name: 'Nhập số liệu' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Duyệt' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Quản trị' })).not.toBeInTheDocument();
    expect(within(nav).getByText('(Chuyên viên nhập liệu)')).toBeInTheDocument();
  });

  it('shows an admin every link', async () => {
    mockApi(signedInAs(users.admin));
    renderApp('/?year=2020');
    const nav = await navigation();
    for (const name of ['Nhập số liệu', 'Duyệt', 'Quản trị']) expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
  });

  it('tells an analyst who opens /admin/users that it needs another role', async () => {
    const fetchMock = mockApi(signedInAs(users.analyst));
    renderApp('/admin/users');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Không có quyền truy cập' })).toBeInTheDocument();
    expect(alert.textContent).toContain('“Quản trị viên”');
    expect(fetchMock.mock.calls.some(([input]) => String(input).startsWith('/api/users'))).toBe(false);
  });

  it('sends a signed-out reader of a work page to sign in, and back afterwards', async () => {
    mockApi({});
    const { location } = renderApp('/approval');
    await waitFor(() => expect(location().pathname).toBe('/sign-in'));
    expect(location().search).toBe('?next=%2Fapproval');
    expect(screen.getByRole('heading', { name: 'Đăng nhập để nhập và duyệt số liệu' })).toBeInTheDocument();
  });

  it('signs out: the overview stays open, a work page asks to sign in again', async () => {
    let signedIn = true;
    mockApi({
      'GET /api/auth/me': () => (signedIn ? jsonResponse({ user: users.analyst }) : jsonResponse({ user: null })),
      'POST /api/auth/logout': () => {
        signedIn = false;
        return new Response(null, { status: 204 });
      },
    });
    const { user, location } = renderApp('/entry');
    await user.click(within(await navigation()).getByRole('button', { name: 'Đăng xuất' }));
    await waitFor(() => expect(location().pathname).toBe('/sign-in'));
    expect(location().search).toBe('?next=%2Fentry');
    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).not.toBeInTheDocument();
  });
});
