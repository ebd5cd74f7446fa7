import { screen, waitFor, within } from '@testing-library/react';
import type { MailStatus } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, sentBodies } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { indicatorList, users } from '../../../test/work-fixture';

const working: MailStatus = {
  configured: true,
  setting: 'SMTP_URL',
  server: 'smtp://kpi@mail.langson.example:587',
  from: 'Chỉ tiêu CNTT <kpi@langson.example>',
  digestHour: 7,
  queued: 2,
  sentLastDay: 1234,
  failed: 1,
  problems: [
    {
      id: 9,
      recipient: 'lan@langson.example',
      subject: 'Số liệu bị trả lại: Tỷ lệ hồ sơ trực tuyến năm 2024',
      kind: 'draft-returned',
      createdAt: '2026-03-10T01:00:00.000Z',
      attempts: 3,
      lastError: 'connect ECONNREFUSED 10.0.0.5:587',
      nextAttemptAt: '2026-03-10T01:36:00.000Z',
      failedAt: null,
    },
    {
      id: 4,
      recipient: 'cu@langson.example',
      subject: 'Việc cần làm ngày 09/03/2026: 2 mục',
      kind: 'digest',
      createdAt: '2026-03-09T00:00:00.000Z',
      attempts: 8,
      lastError: '550 Mailbox unavailable',
      nextAttemptAt: null,
      failedAt: '2026-03-09T23:00:00.000Z',
    },
  ],
};

function openMail(status: MailStatus, extra: Parameters<typeof mockApi>[0] = {}, url = '/admin/mail') {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.admin }),
    'GET /api/indicators': () => jsonResponse(indicatorList),
    'GET /api/mail/status': () => jsonResponse(status),
    'GET /api/me/mail': () =>
      jsonResponse({ email: 'admin@langson.example', dailyDigest: true, immediateNotices: true, mailConfigured: status.configured, version: 1 }),
    ...extra,
  });
  return { fetchMock, ...renderApp(url) };
}

describe('the admin’s mail panel', () => {
  it('says mail is on, through which server, with the outbox’s counts and each failure with its error and attempts', async () => {
    openMail(working);
    expect(await screen.findByText('✔ Đang bật')).toBeInTheDocument();
    expect(screen.getByText('Gửi qua smtp://kpi@mail.langson.example:587 (thiết lập SMTP_URL; mật khẩu không hiển thị).')).toBeInTheDocument();
    expect(screen.getByText('7:00 giờ Việt Nam (MAIL_DIGEST_HOUR)')).toBeInTheDocument();
    // Counts through Intl: Vietnamese groups thousands with a dot.
    expect(screen.getByText('1.234')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Thư gặp lỗi: 2' });
    const retrying = within(table).getByRole('rowheader', { name: 'lan@langson.example' }).closest('tr')!;
    expect(retrying.textContent).toContain('⚠ Sẽ thử lại lúc 08:36 10/03/2026');
    expect(retrying.textContent).toContain('connect ECONNREFUSED 10.0.0.5:587');
    expect(within(retrying).getByText('3')).toHaveAttribute('data-label', 'Số lần thử');
    const given = within(table).getByRole('rowheader', { name: 'cu@langson.example' }).closest('tr')!;
    expect(given.textContent).toContain('✖ Đã bỏ lúc 06:00 10/03/2026');
    expect(given.textContent).toContain('(Bản tin hằng ngày)');
  });

  it('says mail is off when SMTP_URL is not set, and offers no test message', async () => {
    openMail({ ...working, configured: false, server: null, from: null, queued: 0, sentLastDay: 0, failed: 0, problems: [] });
    expect(await screen.findByText('⛔ Đang tắt')).toBeInTheDocument();
    expect(screen.getByText(/chưa đặt SMTP_URL/)).toBeInTheDocument();
    expect(screen.getByText('Không có thư nào gặp lỗi.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi thư thử đến tôi' })).toBeNull();
  });

  it('offers no test message to an admin without an address of their own, and says where to set it', async () => {
    openMail(working, {
      'GET /api/me/mail': () => jsonResponse({ email: null, dailyDigest: true, immediateNotices: true, mailConfigured: true, version: 1 }),
    });
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('Thư thử được gửi đến địa chỉ của bạn, mà bạn chưa nhập.');
    expect(within(note).getByRole('link', { name: 'Nhập địa chỉ thư điện tử ở trang Tài khoản của tôi' })).toHaveAttribute('href', '/account');
    expect(screen.queryByRole('button', { name: 'Gửi thư thử đến tôi' })).toBeNull();
  });

  it('queues a test message to the admin and says where it went; a refusal is shown', async () => {
    const { user, fetchMock } = openMail(working, {
      'POST /api/mail/test': [
        () => errorResponse(400, 'validation', {}, { email: 'Bắt buộc nhập.' }),
        () => jsonResponse({ recipient: 'admin@langson.example' }, 202),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Gửi thư thử đến tôi' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gửi thư thử đến tôi' }));
    expect(await screen.findByText('Đã xếp hàng thư thử đến admin@langson.example; xem kết quả ở đây sau ít giây.')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST /api/mail/test')).toHaveLength(2);
  });
});

describe('an account’s e-mail on the admin’s accounts page', () => {
  const lan = { ...users.analyst, failedSignIns: 0, lockedUntil: null, mail: { email: 'lan@langson.example', dailyDigest: true, immediateNotices: false } };

  it('shows the address and choices, and saves a change with the account’s version', async () => {
    const { user, fetchMock } = openMail(
      working,
      {
        'GET /api/users': () => jsonResponse({ users: [lan] }),
        'PUT /api/users/lan/mail': () => jsonResponse({ email: 'lan.nguyen@langson.example', dailyDigest: false, immediateNotices: false }),
      },
      '/admin/users',
    );
    expect(await screen.findByRole('columnheader', { name: 'Thư điện tử' })).toBeInTheDocument();
    const row = (await screen.findByRole('rowheader', { name: /^lan/ })).closest('tr')!;
    expect(row.textContent).toContain('lan@langson.example (bản tin hằng ngày)');
    await user.click(within(row).getByRole('button', { name: 'Sửa thư điện tử của lan' }));
    const form = within(row).getByRole('form', { name: 'Sửa thư điện tử của lan' });
    await user.clear(within(form).getByLabelText('Địa chỉ thư điện tử'));
    await user.type(within(form).getByLabelText('Địa chỉ thư điện tử'), 'không hợp lệ');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    // The shared schema refuses it in the browser, in the UI's language, and nothing is sent.
    expect(within(form).getByText('Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@langson.gov.vn).')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'PUT /api/users/lan/mail')).toEqual([]);
    await user.clear(within(form).getByLabelText('Địa chỉ thư điện tử'));
    await user.type(within(form).getByLabelText('Địa chỉ thư điện tử'), ' lan.nguyen@langson.example ');
    await user.click(within(form).getByRole('checkbox', { name: 'Bản tin hằng ngày: những việc đang chờ' }));
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(sentBodies(fetchMock, 'PUT /api/users/lan/mail')).toEqual([
        { version: 1, email: 'lan.nguyen@langson.example', dailyDigest: false, immediateNotices: false },
      ]),
    );
  });
});
