import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, sentBodies, type ApiRequest } from '../../../test/api';
import { sources } from '../../../test/fixture';
import { renderApp } from '../../../test/render';
import { bluezoneFigure, indicatorDetail, indicatorList, newObservation, revision, sourceList, users, withDraft } from '../../../test/work-fixture';

const CODE = 'bluezone-install-rate';
const PATH = `/api/indicators/${CODE}/observations/2021`;
const COMMENT = 'Mẫu số lấy từ niên giám 2020, cần lấy số dân năm 2021 của Cục Thống kê';

/** Bluezone 2021 as an approver sent it back: no draft pending, the returned revision on top. */
function returnedObservation() {
  const figure = { ...bluezoneFigure(2021, 160000, 519755, 2), locator: 'Bảng 2, trang 14', note: 'Số của Sở Y tế' };
  const returned = {
    ...revision(figure, 'returned', users.analyst.username),
    reviewedBy: 'minh',
    reviewedAt: '2021-03-05T03:00:00.000Z',
    reviewComment: COMMENT,
  };
  return { ...newObservation(CODE, 2021), version: 2, history: [returned] };
}

function openEntry(observation = newObservation(CODE, 2021), save?: (request: ApiRequest) => Response) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.analyst }),
    [`GET /api/indicators/${CODE}`]: () => jsonResponse(indicatorDetail(CODE)),
    'GET /api/sources': () => jsonResponse(sourceList),
    [`GET ${PATH}`]: () => jsonResponse(observation),
    ...(save ? { [`PUT ${PATH}`]: save } : {}),
  });
  return { fetchMock, ...renderApp(`/entry/${CODE}/2021`) };
}

describe('the entry list', () => {
  it('says where each figure of the year stands, quoting the start of a return comment', async () => {
    const fetchMock = mockApi({
      'GET /api/auth/me': () => jsonResponse({ user: users.analyst }),
      'GET /api/indicators': () => jsonResponse(indicatorList),
      'GET /api/observations': () =>
        jsonResponse({
          year: 2021,
          figures: [
            { indicatorCode: CODE, state: 'returned', hasPublished: false, returnComment: COMMENT },
            { indicatorCode: 'ict-index-rank', state: 'draft', hasPublished: true, returnComment: null },
            { indicatorCode: 'online-services-level4-rate', state: 'published', hasPublished: true, returnComment: null },
          ],
        }),
    });
    renderApp('/entry?year=2021');
    const item = async (name: string) => (await screen.findByRole('link', { name })).closest('li')!;
    const bluezone = await item('Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone');
    expect(await within(bluezone).findByText(/Bị trả lại/)).toHaveTextContent('↩ Bị trả lại: “Mẫu số lấy từ niên giám…”');
    expect(within(await item('Xếp hạng Vietnam ICT Index')).getByText(/Bản nháp/)).toHaveTextContent('✎ Bản nháp chờ duyệt');
    expect(within(await item('Tỷ lệ dịch vụ công trực tuyến mức độ 4')).getByText(/công bố/)).toHaveTextContent('✔ Đã công bố');
    // The state is read with the link, and each badge carries an icon beside its words.
    const link = screen.getByRole('link', { name: 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone' });
    expect(link).toHaveAccessibleDescription('Bị trả lại: “Mẫu số lấy từ niên giám…”');
    // One request for the year's states, not one per indicator.
    expect(fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.includes('observations'))).toEqual(['/api/observations?year=2021']);
  });

  it('says “not entered” of an indicator with no figure that year', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse({ user: users.analyst }),
      'GET /api/indicators': () => jsonResponse(indicatorList),
      'GET /api/observations': () => jsonResponse({ year: 2021, figures: [] }),
    });
    renderApp('/entry?year=2021');
    const item = (await screen.findByRole('link', { name: 'Xếp hạng Vietnam ICT Index' })).closest('li')!;
    expect(await within(item).findByText(/Chưa nhập/)).toHaveTextContent('○ Chưa nhập');
  });
});

describe('a returned draft', () => {
  it('opens pre-filled with what was returned, under the approver’s comment, and saves a new draft', async () => {
    const { user, fetchMock } = openEntry(returnedObservation(), () => {
      const draft = revision(bluezoneFigure(2021, 161000, 519755, 3), 'draft', users.analyst.username);
      return jsonResponse({ observation: { ...withDraft(returnedObservation(), draft), version: 3 }, warnings: [] });
    });
    const notice = (await screen.findByText(/Biểu mẫu đã điền sẵn số liệu bị trả lại/)).closest('section')!;
    expect(within(notice).getByRole('heading')).toHaveTextContent('↩ Bản nháp bị trả lại');
    // The box beside the published figure no longer calls it a draft awaiting approval.
    expect(screen.getAllByRole('heading', { name: 'Bản nháp bị trả lại' })).toHaveLength(2);
    expect(screen.queryByRole('heading', { name: 'Bản nháp chờ duyệt' })).not.toBeInTheDocument();
    expect(within(notice).getByText(COMMENT)).toBeInTheDocument();
    expect(screen.getByLabelText('Tử số')).toHaveValue('160000');
    expect(screen.getByLabelText('Mẫu số')).toHaveValue('519755');
    expect(screen.getByLabelText('Vị trí trong văn bản')).toHaveValue('Bảng 2, trang 14');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Văn bản nguồn' })).toHaveValue(String(sources.report2020.id)));

    const numerator = screen.getByLabelText('Tử số');
    await user.clear(numerator);
    await user.type(numerator, '161000');
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    await waitFor(() =>
      expect(sentBodies(fetchMock, `PUT ${PATH}`)).toMatchObject([{ numerator: 161000, denominator: 519755, version: 2, locator: 'Bảng 2, trang 14' }]),
    );
    // Saved: the focus is on the outcome, and the returned notice gives way to the new draft.
    const saved = await screen.findByText(/Đã lưu bản nháp/);
    await waitFor(() => expect(saved).toHaveFocus());
    expect(saved).toHaveAttribute('role', 'status');
    expect(screen.queryByText(/Biểu mẫu đã điền sẵn số liệu bị trả lại/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Bản nháp chờ duyệt' })).toBeInTheDocument();
  });
});

describe('field messages', () => {
  it('wait for a save: tabbing past an empty field says nothing until then', async () => {
    const { user, fetchMock } = openEntry();
    const numerator = await screen.findByLabelText('Tử số');
    await user.click(numerator);
    await user.tab();
    await user.tab();
    expect(numerator).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Cần nhập một số.')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    await waitFor(() => expect(numerator).toHaveAttribute('aria-invalid', 'true'));
    expect(numerator).toHaveFocus();
    expect(sentBodies(fetchMock, `PUT ${PATH}`)).toEqual([]);
  });
});
