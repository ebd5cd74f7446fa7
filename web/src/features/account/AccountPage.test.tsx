import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, sentBodies } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { indicatorList, users } from '../../../test/work-fixture';

const mine = { email: 'xem@langson.example', dailyDigest: true, immediateNotices: true, mailConfigured: true, version: 1 };

function openAccount(extra: Parameters<typeof mockApi>[0] = {}) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.viewer }),
    'GET /api/indicators': () => jsonResponse(indicatorList),
    'GET /api/me/mail': () => jsonResponse(mine),
    ...extra,
  });
  return { fetchMock, ...renderApp('/account') };
}

describe('my account', () => {
  it('lets any signed-in user turn the digest and the notices off, saving with the account version', async () => {
    const { user, fetchMock } = openAccount({ 'PUT /api/me/mail': () => jsonResponse({ ...mine, dailyDigest: false, immediateNotices: false, version: 2 }) });
    const form = await screen.findByRole('form', { name: 'Sửa thư điện tử của Lê Văn Xem' });
    expect(within(form).getByLabelText('Địa chỉ thư điện tử')).toHaveValue('xem@langson.example');
    const digest = within(form).getByRole('checkbox', { name: 'Bản tin hằng ngày: những việc đang chờ' });
    const notices = within(form).getByRole('checkbox', { name: 'Thông báo ngay: bản nháp bị trả lại, chỉ tiêu chuyển sang chậm tiến độ' });
    expect(digest).toBeChecked();
    await user.click(digest);
    await user.click(notices);
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(sentBodies(fetchMock, 'PUT /api/me/mail')).toEqual([{ version: 1, email: 'xem@langson.example', dailyDigest: false, immediateNotices: false }]),
    );
    expect(await screen.findByText('Đã lưu.')).toBeInTheDocument();
    const saved = screen.getByRole('form', { name: 'Sửa thư điện tử của Lê Văn Xem' });
    expect(within(saved).getByRole('checkbox', { name: 'Bản tin hằng ngày: những việc đang chờ' })).not.toBeChecked();
  });

  it('shows the server’s refusal of an address beside the field, and says when the server sends no mail', async () => {
    const { user } = openAccount({
      'GET /api/me/mail': () => jsonResponse({ ...mine, email: null, mailConfigured: false }),
      'PUT /api/me/mail': () => errorResponse(400, 'validation', {}, { email: 'Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@langson.gov.vn).' }),
    });
    expect(await screen.findByText('Máy chủ hiện chưa gửi thư; lựa chọn của bạn có hiệu lực khi quản trị viên bật.')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Sửa thư điện tử của Lê Văn Xem' });
    await user.type(within(form).getByLabelText('Địa chỉ thư điện tử'), 'xem@langson.example');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText('Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@langson.gov.vn).')).toBeInTheDocument();
  });
});
