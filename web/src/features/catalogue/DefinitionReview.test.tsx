import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, sentBodies } from '../../../test/api';
import { bluezoneEntry, definition, revision } from '../../../test/definition-fixture';
import { renderApp } from '../../../test/render';
import { indicatorDetail, users } from '../../../test/work-fixture';

const EID = 'eid-authentication-rate';
const eidEntry = bluezoneEntry({ code: EID, published: definition(EID, 'Xác thực định danh điện tử', { unit: 'percent', aggregation: 'none' }) });

function open(routes: Parameters<typeof mockApi>[0]) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
    [`GET /api/indicators/${EID}`]: () => jsonResponse(indicatorDetail(EID)),
    ...routes,
  });
  return { fetchMock, ...renderApp(`/catalogue/${EID}`) };
}

describe('an indicator’s catalogue page', () => {
  it('returns another approver’s draft with a reason', async () => {
    const withDraft = { ...eidEntry, draft: revision('lan', { definition: eidEntry.published! }) };
    const returned = revision('lan', { state: 'returned', reviewedBy: 'minh', reviewedAt: '2026-12-02T03:30:00.000Z', reviewComment: 'Thiếu nguồn số liệu' });
    const { user, fetchMock } = open({
      [`GET /api/indicator-definitions/${EID}`]: () => jsonResponse(withDraft),
      [`POST /api/indicator-definitions/${EID}/return`]: () => jsonResponse({ ...withDraft, version: 4, draft: null, history: [returned] }),
    });
    await user.click(await screen.findByRole('button', { name: 'Trả lại' }));
    await user.click(screen.getByRole('button', { name: 'Gửi trả lại' }));
    expect(sentBodies(fetchMock, `POST /api/indicator-definitions/${EID}/return`)).toEqual([]);
    await user.type(screen.getByLabelText('Lý do trả lại (bắt buộc)'), 'Thiếu nguồn số liệu');
    await user.click(screen.getByRole('button', { name: 'Gửi trả lại' }));
    await screen.findByText('Đã trả lại bản nháp.');
    expect(sentBodies(fetchMock, `POST /api/indicator-definitions/${EID}/return`)).toEqual([{ version: 3, comment: 'Thiếu nguồn số liệu' }]);
    expect(screen.getByText('Bị minh trả lại')).toBeVisible();
  });

  it('says who returned the latest draft, when and why', async () => {
    const returned = revision('lan', { state: 'returned', reviewedBy: 'minh', reviewedAt: '2026-12-02T03:30:00.000Z', reviewComment: 'Thiếu nguồn số liệu' });
    open({ [`GET /api/indicator-definitions/${EID}`]: () => jsonResponse({ ...eidEntry, history: [returned] }) });
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('Bản nháp gần nhất bị minh trả lại lúc 10:30 02/12/2026:');
    expect(note).toHaveTextContent('Thiếu nguồn số liệu');
  });

  it('proposes retirement from a year, refusing one out of range beside the field, and retries on the current version', async () => {
    const { user, fetchMock } = open({
      [`GET /api/indicator-definitions/${EID}`]: () => jsonResponse(eidEntry),
      [`POST /api/indicator-definitions/${EID}/retire`]: [
        () => errorResponse(409, 'conflict', { current: { ...eidEntry, version: 4 } }, { version: 'Đã có người thay đổi trước bạn; hãy tải lại.' }),
        () => jsonResponse({ ...eidEntry, version: 5, draft: revision('minh', { definition: { ...eidEntry.published!, retiredFrom: 2026 } }) }),
      ],
    });
    const year = await screen.findByLabelText('Dừng từ năm');
    await user.type(year, '1990');
    await user.click(screen.getByRole('button', { name: 'Đề nghị dừng theo dõi' }));
    expect(year.closest('.field')).toHaveTextContent('Năm không hợp lệ');
    expect(sentBodies(fetchMock, `POST /api/indicator-definitions/${EID}/retire`)).toEqual([]);
    await user.clear(year);
    await user.type(year, '2026');
    await user.click(screen.getByRole('button', { name: 'Đề nghị dừng theo dõi' }));
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Đề nghị dừng theo dõi' }));
    await screen.findByText('Đề nghị dừng theo dõi từ năm 2026');
    expect(sentBodies(fetchMock, `POST /api/indicator-definitions/${EID}/retire`)).toEqual([
      { version: 3, fromYear: 2026 },
      // The 409's current entry is the one the second try is based on.
      { version: 4, fromYear: 2026 },
    ]);
  });
});
