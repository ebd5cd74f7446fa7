import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorResponse, jsonResponse, mockApi, sentBodies } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { indicatorList, users } from '../../../test/work-fixture';

async function signIn(user: ReturnType<typeof renderApp>['user'], username: string, password: string) {
  await user.type(await screen.findByLabelText('Tên đăng nhập'), username);
  await user.type(screen.getByLabelText('Mật khẩu'), password);
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SignInPage', () => {
  it('says so when the username or password is wrong, and stays on the page', async () => {
    const fetchMock = mockApi({ 'POST /api/auth/login': () => errorResponse(401, 'bad-credentials') });
    const { user, location } = renderApp('/sign-in?next=%2Fentry');
    await signIn(user, 'lan', 'wrong-password');

    expect((await screen.findByRole('alert')).textContent).toContain('Sai tên đăng nhập hoặc mật khẩu.');
    expect(location().pathname).toBe('/sign-in');
    expect(sentBodies(fetchMock, 'POST /api/auth/login')).toEqual([{ username: 'lan', password: 'wrong-password' }]);
  });

  it('explains a rate limit', async () => {
    mockApi({ 'POST /api/auth/login': () => errorResponse(429, 'rate-limited') });
    const { user } = renderApp('/sign-in');
    await signIn(user, 'lan', 'whatever-it-is');
    expect((await screen.findByRole('alert')).textContent).toContain('Đăng nhập sai quá nhiều lần');
  });

  it('says until when the account is locked after too many failures, in Vietnam’s time', async () => {
    mockApi({ 'POST /api/auth/login': () => errorResponse(429, 'sign-in-locked', { retryAt: '2099-03-02T01:15:00.000Z' }) });
    const { user } = renderApp('/sign-in');
    await signIn(user, 'lan', 'whatever-it-is');
    expect((await screen.findByRole('alert')).textContent).toBe('⚠ Đăng nhập sai quá nhiều lần nên tạm bị khoá. Vui lòng thử lại sau 08:15 02/03/2099.');
  });

  it('says it in English too', async () => {
    mockApi({ 'POST /api/auth/login': () => errorResponse(429, 'sign-in-locked', { retryAt: '2099-03-02T01:15:00.000Z' }) });
    const { user } = renderApp('/sign-in?lang=en');
    await user.type(await screen.findByLabelText('Username'), 'lan');
    await user.type(screen.getByLabelText('Password'), 'whatever-it-is');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '⚠ Too many failed sign-ins, so signing in is locked for now. Please try again after 02/03/2099, 08:15.',
    );
  });

  it('counts a short back-off in seconds', async () => {
    const now = Date.parse('2026-03-02T01:00:00.000Z');
    // Only Date.now is held still: the form reads the wait from it, and user-event's timers keep running.
    vi.spyOn(Date, 'now').mockReturnValue(now);
    mockApi({ 'POST /api/auth/login': () => errorResponse(429, 'sign-in-locked', { retryAt: new Date(now + 4_000).toISOString() }) });
    const { user } = renderApp('/sign-in');
    await signIn(user, 'lan', 'whatever-it-is');
    expect((await screen.findByRole('alert')).textContent).toContain('Vui lòng đợi 4 giây rồi thử lại.');
  });

  it('checks for empty fields before asking the server', async () => {
    const fetchMock = mockApi({});
    const { user } = renderApp('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Đăng nhập' }));
    expect(screen.getAllByText('Bắt buộc nhập.')).toHaveLength(2);
    expect(sentBodies(fetchMock, 'POST /api/auth/login')).toEqual([]);
  });

  it('goes to `next` after signing in, and the header shows who is signed in', async () => {
    let signedIn = false;
    mockApi({
      'POST /api/auth/login': () => {
        signedIn = true;
        return jsonResponse({ user: users.analyst });
      },
      'GET /api/auth/me': () => (signedIn ? jsonResponse({ user: users.analyst }) : jsonResponse({ user: null })),
      'GET /api/indicators': () => jsonResponse(indicatorList),
    });
    const { user, location } = renderApp('/sign-in?next=%2Fentry%3Fyear%3D2020');
    await signIn(user, 'lan', 'correct-password');

    await waitFor(() => expect(location().pathname).toBe('/entry'));
    expect(location().search).toBe('?year=2020');
    expect(await screen.findByRole('heading', { name: 'Nhập số liệu năm 2020' })).toBeInTheDocument();
    expect(screen.getByText('Nguyễn Thị Lan')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Đăng xuất' })).toBeInTheDocument();
  });

  it('never follows `next` off the site', async () => {
    mockApi({ 'POST /api/auth/login': () => jsonResponse({ user: users.analyst }) });
    const { user, location } = renderApp('/sign-in?next=%2F%2Fevil.example%2F');
    await signIn(user, 'lan', 'correct-password');
    await waitFor(() => expect(location().pathname).toBe('/'));
  });
});
