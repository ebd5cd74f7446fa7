import type { Inbox } from '@kpi/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { users } from '../../../test/work-fixture';

const dti = { code: 'dti-rank', name: { vi: 'Xếp hạng DTI', en: 'DTI rank' } };
const bluezone = { code: 'bluezone-install-rate', name: { vi: 'Tỷ lệ cài Bluezone', en: 'Bluezone installs' } };
const province = { code: 'lang-son', name: 'Lạng Sơn', kind: 'province' as const };
const tamThanh = { code: 'tam-thanh', name: 'Tam Thanh', kind: 'ward' as const };

const inbox: Inbox = {
  today: '2026-01-20',
  dueDays: 14,
  counts: { overdue: 2, 'due-soon': 0, 'awaiting-approval': 1, returned: 1, worsened: 1, 'action-due': 1 },
  items: [
    { kind: 'overdue', scope: 'mine', indicator: dti, year: 2025, due: '2026-01-15', units: [{ ...province, state: 'missing' }], link: '/entry/dti-rank/2025' },
    {
      kind: 'overdue',
      scope: 'department',
      indicator: bluezone,
      year: 2025,
      due: '2026-01-15',
      units: [
        { ...province, state: 'draft' },
        { ...tamThanh, state: 'missing' },
      ],
      link: '/completeness?year=2025',
    },
    {
      kind: 'awaiting-approval',
      indicator: bluezone,
      year: 2025,
      unit: tamThanh,
      author: 'Nguyễn Thị Lan',
      savedAt: '2026-01-19T02:00:00Z',
      link: '/approval',
    },
    {
      kind: 'returned',
      indicator: bluezone,
      year: 2024,
      unit: tamThanh,
      comment: 'Thiếu số trang',
      returnedBy: 'minh',
      returnedAt: '2026-01-18T03:00:00Z',
      link: '/entry/bluezone-install-rate/2024?unit=tam-thanh',
    },
    {
      kind: 'worsened',
      indicator: dti,
      year: 2024,
      from: 'on-track',
      to: 'off-track',
      publishedAt: '2026-01-10T03:00:00Z',
      link: '/indicators/dti-rank?year=2024',
    },
    {
      kind: 'action-due',
      indicator: bluezone,
      year: 2025,
      unit: province,
      due: '2026-01-10',
      what: 'Vận động cài đặt tại các xã vùng cao',
      who: 'Phòng Bưu chính',
      overdue: true,
      scope: 'mine',
      link: '/indicators/bluezone-install-rate?year=2025',
    },
  ],
};

describe('the inbox', () => {
  it('lists what waits by kind, in words and icons, each linking where it is resolved; the header counts it', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
      'GET /api/inbox': () => jsonResponse(inbox),
    });
    renderApp('/inbox');
    expect(await screen.findByRole('heading', { name: 'Việc cần làm' })).toBeInTheDocument();
    // The approver's own work: the department's late figure is listed below, not counted; the
    // overdue are their late figure and their late action.
    expect(await screen.findByTestId('inbox-count')).toHaveTextContent('5 việc, 2 quá hạn');
    // An approver keeps the calendar that decides who sees what here.
    expect(screen.getByRole('link', { name: 'Lịch báo cáo' })).toHaveAttribute('href', '/calendar');

    const overdue = screen.getByRole('region', { name: /Quá hạn \(1\)/ });
    expect(within(overdue).getByText('Xếp hạng DTI – năm 2025')).toBeInTheDocument();
    expect(within(overdue).getByText('Hạn nộp 15/01/2026')).toBeInTheDocument();
    expect(within(overdue).getByText(/Tỉnh Lạng Sơn \(chưa nhập\)/)).toBeInTheDocument();
    expect(within(overdue).getByRole('link', { name: /Nhập số liệu/ })).toHaveAttribute('href', '/entry/dti-rank/2025');

    const approval = screen.getByRole('region', { name: /Chờ bạn duyệt/ });
    expect(within(approval).getByRole('link', { name: /Mở hàng chờ duyệt/ })).toHaveAttribute('href', '/approval');
    const returned = screen.getByRole('region', { name: /Bị trả lại/ });
    expect(within(returned).getByText('Thiếu số trang')).toBeInTheDocument();
    expect(within(returned).getByRole('link', { name: /Sửa và gửi lại/ })).toHaveAttribute('href', '/entry/bluezone-install-rate/2024?unit=tam-thanh');
    // Everyone's overdue figures come last, folded, linking to the completeness page.
    const department = screen.getByText(/Quá hạn – toàn Sở \(1\)/).closest('details')!;
    expect(department).not.toHaveAttribute('open');
    expect(within(department).getByText(/Tỉnh Lạng Sơn \(chờ duyệt\), Phường Tam Thanh \(chưa nhập\)/)).toBeInTheDocument();
    expect(within(department).getByRole('link', { name: /Xem mức độ đầy đủ/, hidden: true })).toHaveAttribute('href', '/completeness?year=2025');
    const worsened = screen.getByRole('region', { name: /Tình trạng chuyển xấu/ });
    expect(within(worsened).getByText(/Từ “Đúng tiến độ” chuyển sang “Chậm tiến độ”/)).toBeInTheDocument();
    // A published action past its date: who, by when, and "overdue" in words.
    const actions = screen.getByRole('region', { name: /Hành động đến hạn \(1\)/ });
    expect(within(actions).getByText('Phòng Bưu chính, thời hạn 10/01/2026 – quá hạn')).toBeInTheDocument();
    expect(within(actions).getByText(/Vận động cài đặt tại các xã vùng cao/)).toBeInTheDocument();
    expect(within(actions).getByRole('link', { name: /Xem phân tích và hành động/ })).toHaveAttribute('href', '/indicators/bluezone-install-rate?year=2025');
  });

  it('says so when nothing waits, and shows no count', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse({ user: users.analyst }),
      'GET /api/inbox': () =>
        jsonResponse({ ...inbox, counts: { overdue: 0, 'due-soon': 0, 'awaiting-approval': 0, returned: 0, worsened: 0, 'action-due': 0 }, items: [] }),
    });
    renderApp('/inbox');
    expect(await screen.findByText(/Không có việc nào cần làm/)).toBeInTheDocument();
    expect(screen.queryByTestId('inbox-count')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Lịch báo cáo' })).not.toBeInTheDocument();
  });

  it('tells an approver with only the department’s late figures that nothing is theirs, and counts none', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
      'GET /api/inbox': () => jsonResponse({ ...inbox, items: inbox.items.filter((item) => 'scope' in item && item.scope === 'department') }),
    });
    renderApp('/inbox');
    expect(await screen.findByText(/Không có việc nào cần làm/)).toBeInTheDocument();
    expect(screen.getByText(/Quá hạn – toàn Sở \(1\)/)).toBeInTheDocument();
    expect(screen.queryByTestId('inbox-count')).not.toBeInTheDocument();
  });

  it('is not asked for when nobody is signed in', async () => {
    const fetchMock = mockApi({});
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Việc cần làm/ })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).not.toContainEqual(expect.stringContaining('/api/inbox'));
  });
});
