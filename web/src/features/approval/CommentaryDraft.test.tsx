import type { PendingCommentary } from '@kpi/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, sentBodies } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { indicatorList, users } from '../../../test/work-fixture';

const CODE = 'bluezone-install-rate';
const PUBLISH = `POST /api/indicators/${CODE}/commentary/2021/publish`;
const RETURN = `POST /api/indicators/${CODE}/commentary/2021/return`;

function pending(createdBy: string): PendingCommentary {
  const draft = {
    id: 7,
    state: 'draft' as const,
    analysis: 'Tỷ lệ cài đặt giảm.\n\nNguyên nhân: hết dịch.',
    actions: [{ what: 'Vận động cài đặt', who: 'Phòng Bưu chính', due: '2099-06-30', done: false }],
    createdBy,
    createdAt: '2021-03-02T02:30:00.000Z',
    reviewedBy: null,
    reviewedAt: null,
    reviewComment: null,
  };
  return {
    indicatorCode: CODE,
    year: 2021,
    orgUnit: 'lang-son',
    version: 3,
    published: null,
    draft,
    history: [draft],
    authorName: 'Nguyễn Thị Lan',
    unit: null,
  };
}

function openQueue(item: PendingCommentary) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
    'GET /api/indicators': () => jsonResponse(indicatorList),
    'GET /api/drafts': () => jsonResponse({ drafts: [] }),
    'GET /api/commentary-drafts': [() => jsonResponse({ drafts: [item] }), () => jsonResponse({ drafts: [] })],
    [PUBLISH]: () => jsonResponse({ ...item, draft: null }),
    [RETURN]: () => jsonResponse({ ...item, draft: null }),
  });
  return { fetchMock, ...renderApp('/approval') };
}

const NAME = 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone';

describe('commentary in the approvers’ queue', { timeout: 15_000 }, () => {
  it('lists the draft beside the figures’ with its analysis and actions, and publishes it after a confirmation', async () => {
    const { user, fetchMock } = openQueue(pending(users.analyst.username));
    const article = (await screen.findByRole('heading', { level: 3, name: `Phân tích: ${NAME}, năm 2021` })).closest('article')!;
    expect(within(article).getByText('Người soạn: Nguyễn Thị Lan')).toBeVisible();
    expect(within(article).getByText('Nguyên nhân: hết dịch.')).toBeVisible();
    expect(within(article).getByRole('cell', { name: 'Phòng Bưu chính' })).toBeVisible();
    await user.click(within(article).getByRole('button', { name: 'Công bố' }));
    const dialog = screen.getByRole('dialog', { name: `Công bố phân tích và hành động của “${NAME}” năm 2021?` });
    expect(sentBodies(fetchMock, PUBLISH)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Công bố' }));
    expect(sentBodies(fetchMock, PUBLISH)).toEqual([{ version: 3 }]);
    await waitFor(() => expect(screen.getByText(`Đã công bố phân tích của “${NAME}” năm 2021.`)).toBeVisible());
    expect(await screen.findByText('Không có phân tích nào chờ duyệt.')).toBeVisible();
  });

  it('returns it with a comment, and disables Publish on one’s own draft', async () => {
    const { user, fetchMock } = openQueue(pending(users.approver.username));
    const article = (await screen.findByRole('heading', { level: 3, name: `Phân tích: ${NAME}, năm 2021` })).closest('article')!;
    expect(within(article).getByRole('button', { name: 'Công bố' })).toBeDisabled();
    await user.click(within(article).getByRole('button', { name: 'Trả lại' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox'), 'Ghi rõ thời hạn');
    await user.click(within(dialog).getByRole('button', { name: 'Gửi trả lại' }));
    expect(sentBodies(fetchMock, RETURN)).toEqual([{ version: 3, comment: 'Ghi rõ thời hạn' }]);
  });
});
