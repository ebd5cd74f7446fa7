import type { CommentaryState } from '@kpi/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, sentBodies, type ApiRequest } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { indicatorDetail, newObservation, sourceList, users } from '../../../test/work-fixture';

const CODE = 'bluezone-install-rate';
const PATH = `/api/indicators/${CODE}/commentary/2021`;
const empty: CommentaryState = { indicatorCode: CODE, year: 2021, orgUnit: 'lang-son', version: 0, published: null, draft: null, history: [] };
const returned: CommentaryState = {
  ...empty,
  version: 2,
  history: [
    {
      id: 1,
      state: 'returned',
      analysis: 'Tỷ lệ thấp.',
      actions: [{ what: 'Vận động', who: 'UBND xã', due: '2026-06-30', done: false }],
      createdBy: users.analyst.username,
      createdAt: '2021-03-02T02:30:00.000Z',
      reviewedBy: 'minh',
      reviewedAt: '2021-03-05T03:00:00.000Z',
      reviewComment: 'Ghi rõ xã nào',
    },
  ],
};

function openEditor(state: CommentaryState, save: ((request: ApiRequest) => Response) | ((request: ApiRequest) => Response)[]) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.analyst }),
    [`GET /api/indicators/${CODE}`]: () => jsonResponse(indicatorDetail(CODE)),
    'GET /api/sources': () => jsonResponse(sourceList),
    [`GET /api/indicators/${CODE}/observations/2021`]: () => jsonResponse(newObservation(CODE, 2021)),
    [`GET ${PATH}/revisions`]: () => jsonResponse(state),
    [`PUT ${PATH}`]: save,
  });
  return { fetchMock, ...renderApp(`/entry/${CODE}/2021`) };
}

const editor = async () => (await screen.findByRole('heading', { level: 2, name: 'Phân tích và hành động' })).closest('section')!;

describe('the analysts’ editor of analysis and actions', { timeout: 20_000 }, () => {
  it('names the field at fault before sending, then shows the server’s field error beside its field', async () => {
    const { user, fetchMock } = openEditor(empty, () =>
      errorResponse(400, 'validation', {}, { 'actions.0.due': 'Ngày không hợp lệ (năm-tháng-ngày, vd. 2026-06-30).' }),
    );
    const section = await editor();
    expect(await within(section).findByText('Chưa có phân tích nào cho năm này.')).toBeVisible();
    await user.type(within(section).getByLabelText('Phân tích (điều đã xảy ra)'), 'Tỷ lệ cài đặt giảm.');
    await user.click(within(section).getByRole('button', { name: 'Thêm hành động' }));
    const action = within(section).getByRole('group', { name: 'Hành động 1' });
    await user.type(within(action).getByLabelText('Việc sẽ làm'), 'Vận động cài đặt');
    await user.click(within(section).getByRole('button', { name: 'Lưu phân tích (bản nháp)' }));
    // Who is required: said beside the field, nothing sent.
    expect(within(action).getByLabelText('Ai phụ trách')).toHaveAccessibleDescription('Bắt buộc nhập.');
    expect(sentBodies(fetchMock, `PUT ${PATH}`)).toEqual([]);

    await user.type(within(action).getByLabelText('Ai phụ trách'), 'Phòng Bưu chính');
    await user.click(within(section).getByRole('button', { name: 'Lưu phân tích (bản nháp)' }));
    await waitFor(() =>
      expect(sentBodies(fetchMock, `PUT ${PATH}`)).toEqual([
        { version: 0, analysis: 'Tỷ lệ cài đặt giảm.', actions: [{ what: 'Vận động cài đặt', who: 'Phòng Bưu chính', due: null, done: false }] },
      ]),
    );
    expect(await within(action).findByText('Ngày không hợp lệ (năm-tháng-ngày, vd. 2026-06-30).')).toBeVisible();
  });

  it('opens a returned commentary with the approver’s comment, pre-filled, and saves it at its version', async () => {
    const { user, fetchMock } = openEditor(returned, (request) =>
      jsonResponse({ ...returned, version: 3, draft: { ...returned.history[0]!, id: 2, state: 'draft', ...(request.body as object) } }),
    );
    const section = await editor();
    expect(await within(section).findByText('Bị minh trả lại: “Ghi rõ xã nào”')).toBeVisible();
    expect(within(section).getByLabelText('Phân tích (điều đã xảy ra)')).toHaveValue('Tỷ lệ thấp.');
    const action = within(section).getByRole('group', { name: 'Hành động 1' });
    expect(within(action).getByLabelText('Thời hạn (để trống nếu thường xuyên)')).toHaveValue('2026-06-30');
    const who = within(action).getByLabelText('Ai phụ trách');
    await user.clear(who);
    await user.type(who, 'UBND xã Tam Thanh');
    await user.click(within(section).getByRole('button', { name: 'Lưu phân tích (bản nháp)' }));
    await waitFor(() =>
      expect(sentBodies(fetchMock, `PUT ${PATH}`)).toEqual([
        { version: 2, analysis: 'Tỷ lệ thấp.', actions: [{ what: 'Vận động', who: 'UBND xã Tam Thanh', due: '2026-06-30', done: false }] },
      ]),
    );
    expect(await within(section).findByRole('status')).toHaveTextContent('Đã lưu phân tích thành bản nháp, chờ người duyệt công bố.');
    expect(within(section).getByText('Bản nháp của lan đang chờ duyệt.')).toBeVisible();
  });

  it('on a 409 keeps what was typed, shows the current commentary beside it, and saves on top of its version', async () => {
    const theirs = { ...returned.history[0]!, id: 2, state: 'draft' as const, analysis: 'Minh đã viết lại phần này.', actions: [], createdBy: 'minh' };
    const current: CommentaryState = { ...returned, version: 3, draft: theirs, history: [theirs, ...returned.history] };
    const { user, fetchMock } = openEditor(returned, [
      () => errorResponse(409, 'conflict', { current }),
      (request) => jsonResponse({ ...current, version: 4, draft: { ...theirs, id: 3, createdBy: users.analyst.username, ...(request.body as object) } }),
    ]);
    const section = await editor();
    const analysis = await within(section).findByLabelText('Phân tích (điều đã xảy ra)');
    await user.clear(analysis);
    await user.type(analysis, 'Tỷ lệ thấp ở ba xã vùng cao.');
    await user.click(within(section).getByRole('button', { name: 'Lưu phân tích (bản nháp)' }));

    const heading = await within(section).findByRole('heading', { name: /Người khác đã sửa phân tích này trước bạn/ });
    await waitFor(() => expect(heading).toHaveFocus());
    const conflict = heading.closest('section')!;
    expect(within(conflict).getByText('Bản nháp hiện tại của minh')).toBeVisible();
    expect(within(conflict).getByText('Minh đã viết lại phần này.')).toBeVisible();
    // Nothing typed is lost: the form still holds the analyst's text and action.
    expect(within(section).getByLabelText('Phân tích (điều đã xảy ra)')).toHaveValue('Tỷ lệ thấp ở ba xã vùng cao.');
    expect(within(within(section).getByRole('group', { name: 'Hành động 1' })).getByLabelText('Việc sẽ làm')).toHaveValue('Vận động');
    expect(within(section).getByText('Bản nháp của minh đang chờ duyệt.')).toBeVisible();

    await user.click(within(conflict).getByRole('button', { name: 'Lưu phân tích của tôi lên phiên bản hiện tại' }));
    expect(await within(section).findByRole('status')).toHaveTextContent('Đã lưu phân tích thành bản nháp, chờ người duyệt công bố.');
    const mine = { analysis: 'Tỷ lệ thấp ở ba xã vùng cao.', actions: [{ what: 'Vận động', who: 'UBND xã', due: '2026-06-30', done: false }] };
    expect(sentBodies(fetchMock, `PUT ${PATH}`)).toEqual([
      { version: 2, ...mine },
      { version: 3, ...mine },
    ]);
    expect(within(section).queryByRole('heading', { name: /Người khác đã sửa phân tích này trước bạn/ })).not.toBeInTheDocument();
  });

  it('on a 409 can drop what was typed and load the current commentary', async () => {
    const theirs = { ...returned.history[0]!, id: 2, state: 'draft' as const, analysis: 'Minh đã viết lại phần này.', actions: [], createdBy: 'minh' };
    const current: CommentaryState = { ...returned, version: 3, draft: theirs, history: [theirs, ...returned.history] };
    const { user } = openEditor(returned, () => errorResponse(409, 'conflict', { current }));
    const section = await editor();
    await user.type(await within(section).findByLabelText('Phân tích (điều đã xảy ra)'), ' Thêm.');
    await user.click(within(section).getByRole('button', { name: 'Lưu phân tích (bản nháp)' }));
    await user.click(await within(section).findByRole('button', { name: 'Bỏ phân tích của tôi, tải bản hiện tại' }));
    expect(within(section).getByLabelText('Phân tích (điều đã xảy ra)')).toHaveValue('Minh đã viết lại phần này.');
    expect(within(section).queryByRole('group', { name: 'Hành động 1' })).not.toBeInTheDocument();
    expect(within(section).queryByRole('heading', { name: /Người khác đã sửa phân tích này trước bạn/ })).not.toBeInTheDocument();
  });
});
