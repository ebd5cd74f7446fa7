import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, sentBodies, type ApiRequest } from '../../../test/api';
import { sources } from '../../../test/fixture';
import { renderApp } from '../../../test/render';
import { bluezoneFigure, indicatorDetail, newObservation, revision, sourceList, users, withDraft } from '../../../test/work-fixture';

const CODE = 'bluezone-install-rate';
const PATH = `/api/indicators/${CODE}/observations/2021`;
const PUT = `PUT ${PATH}`;
const SOURCE_ID = sources.report2020.id;

type Route = (request: ApiRequest) => Response;

/** The entry page for Bluezone 2021, signed in as an analyst; `save` answers the PUTs in turn. */
function openEntry(save: Route | Route[] = (request) => saved(request)) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.analyst }),
    [`GET /api/indicators/${CODE}`]: () => jsonResponse(indicatorDetail(CODE)),
    'GET /api/sources': () => jsonResponse(sourceList),
    [`GET ${PATH}`]: () => jsonResponse(newObservation(CODE, 2021)),
    [PUT]: save,
  });
  return { fetchMock, ...renderApp(`/entry/${CODE}/2021`) };
}

/** What the server answers to a good save: the figure with the new draft. */
function saved(request: ApiRequest): Response {
  const body = request.body as { numerator: number; denominator: number; version: number };
  const draft = revision(bluezoneFigure(2021, body.numerator, body.denominator, body.version + 1), 'draft', users.analyst.username);
  return jsonResponse({ observation: { ...withDraft(newObservation(CODE, 2021), draft), version: body.version + 1 }, warnings: [] });
}

async function typeFigure(user: ReturnType<typeof renderApp>['user'], numerator: string, denominator: string) {
  await user.type(await screen.findByLabelText('Tử số'), numerator);
  await user.type(screen.getByLabelText('Mẫu số'), denominator);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Văn bản nguồn' }), String(SOURCE_ID));
}

/** The message tied to an input (aria-describedby): what a screen reader says beside it. */
function describedText(input: HTMLElement): string {
  const id = input.getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? '') : '';
}

describe('EntryPage: a ratio figure', () => {
  it('sends a figure as stated unless the analyst marks it derived', async () => {
    const { user, fetchMock } = openEntry();
    await typeFigure(user, '150000', '520000');
    const basis = screen.getByRole('combobox', { name: 'Căn cứ số liệu' });
    expect(basis).toHaveValue('stated');
    await user.selectOptions(basis, 'Suy ra');
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    await screen.findByText(/Đã lưu bản nháp/);
    expect(sentBodies(fetchMock, PUT)).toMatchObject([{ numerator: 150000, basis: 'derived' }]);
  });

  it('computes the rate live, warns on a published mismatch, and saves only once the warning is acknowledged', async () => {
    const { user, fetchMock } = openEntry();
    await typeFigure(user, '154.231', '519.755');
    expect(screen.getByText('29,67%')).toBeInTheDocument();
    expect(describedText(screen.getByLabelText('Tử số'))).toContain('Đọc là 154.231');

    await user.type(screen.getByLabelText('Tỷ lệ nguồn công bố (nếu có)'), '29.71');
    expect(screen.getByText(/Số công bố 29,71% khác số tính từ tử\/mẫu 29,67%/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    expect(screen.getByText('Cần xác nhận cảnh báo này trước khi lưu.')).toBeInTheDocument();
    expect(sentBodies(fetchMock, PUT)).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: 'Tôi đã kiểm tra: số liệu đúng như nguồn' }));
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));

    expect((await screen.findByText(/Đã lưu bản nháp/)).textContent).toContain('chưa công khai');
    expect(sentBodies(fetchMock, PUT)).toEqual([
      {
        kind: 'ratio',
        numerator: 154231,
        denominator: 519755,
        published: 29.71,
        acknowledgedWarnings: ['published-mismatch'],
        basis: 'stated',
        version: 0,
        sourceId: SOURCE_ID,
      },
    ]);
    const [, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'PUT')!;
    expect((init!.headers as Record<string, string>)['accept-language']).toBe('vi');
    // The saved draft now shows above the form and in the history.
    expect(await screen.findAllByText('29,67% (154.231/519.755)')).toHaveLength(2);
  });

  it('reads plain and grouped counts alike', async () => {
    const { user } = openEntry();
    await typeFigure(user, '154231', '519 755');
    expect(screen.getByText('29,67%')).toBeInTheDocument();
    expect(describedText(screen.getByLabelText('Mẫu số'))).toContain('Đọc là 519.755');
  });

  it('shows a numerator above the denominator beside the numerator, in Vietnamese, and sends nothing', async () => {
    const { user, fetchMock } = openEntry();
    await typeFigure(user, '600.000', '519.755');
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));

    const numerator = screen.getByLabelText('Tử số');
    await waitFor(() => expect(describedText(numerator)).toContain('Tử số không được lớn hơn mẫu số.'));
    expect(numerator.getAttribute('aria-invalid')).toBe('true');
    expect(sentBodies(fetchMock, PUT)).toEqual([]);
  });

  it('asks for the source before saving', async () => {
    const { user, fetchMock } = openEntry();
    await user.type(await screen.findByLabelText('Tử số'), '154231');
    await user.type(screen.getByLabelText('Mẫu số'), '519755');
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    expect(describedText(screen.getByRole('combobox', { name: 'Văn bản nguồn' }))).toContain('Chọn hoặc thêm văn bản nguồn.');
    expect(sentBodies(fetchMock, PUT)).toEqual([]);
  });

  it('on a 409 keeps what was typed, shows the current figure, and can save on top of it', async () => {
    const theirs = revision(bluezoneFigure(2021, 150000, 519755, 1), 'draft', 'hoa');
    const current = withDraft(newObservation(CODE, 2021), theirs);
    const { user, fetchMock } = openEntry([() => errorResponse(409, 'conflict', { current }), saved]);
    await typeFigure(user, '154.231', '519.755');
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));

    const conflictHeading = await screen.findByRole('heading', { name: /Số liệu đã được người khác thay đổi/ });
    // The refused save takes the reader to why, not to the page's top.
    await waitFor(() => expect(conflictHeading).toHaveFocus());
    const conflict = conflictHeading.closest('section')!;
    expect(within(conflict).getByText('28,86% (150.000/519.755)')).toBeInTheDocument();
    expect(within(conflict).getByText('29,67% (154.231/519.755)')).toBeInTheDocument();
    expect((screen.getByLabelText('Tử số') as HTMLInputElement).value).toBe('154.231');
    expect((screen.getByLabelText('Mẫu số') as HTMLInputElement).value).toBe('519.755');

    await user.click(within(conflict).getByRole('button', { name: 'Lưu số liệu của tôi lên phiên bản hiện tại' }));
    await screen.findByText(/Đã lưu bản nháp/);
    const bodies = sentBodies(fetchMock, PUT) as { version: number; numerator: number }[];
    expect(bodies.map((b) => [b.version, b.numerator])).toEqual([
      [0, 154231],
      [current.version, 154231],
    ]);
    expect(screen.queryByText(/Số liệu đã được người khác thay đổi/)).not.toBeInTheDocument();
  });

  it('on a 409 can drop what was typed and load the current figure', async () => {
    const current = withDraft(newObservation(CODE, 2021), revision(bluezoneFigure(2021, 150000, 519755, 1), 'draft', 'hoa'));
    const { user } = openEntry(() => errorResponse(409, 'conflict', { current }));
    await typeFigure(user, '154.231', '519.755');
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    await user.click(await screen.findByRole('button', { name: 'Bỏ số liệu của tôi, tải bản hiện tại' }));
    expect((screen.getByLabelText('Tử số') as HTMLInputElement).value).toBe('150000');
    expect(screen.queryByText(/Số liệu đã được người khác thay đổi/)).not.toBeInTheDocument();
  });

  it('shows warnings a 422 names, to acknowledge them', async () => {
    const warning = { code: 'jump', field: 'numerator', params: { previous: 29.67, previousYear: 2020, value: 29.67 } };
    const { user, fetchMock } = openEntry([() => errorResponse(422, 'unacknowledged-warnings', { warnings: [warning] }), saved]);
    await typeFigure(user, '154.231', '519.755');
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    expect(await screen.findByText(/Chênh lệch lớn so với năm 2020/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Tôi đã kiểm tra: số liệu đúng như nguồn' })).toHaveFocus());
    await user.click(screen.getByRole('checkbox', { name: 'Tôi đã kiểm tra: số liệu đúng như nguồn' }));
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    await screen.findByText(/Đã lưu bản nháp/);
    expect((sentBodies(fetchMock, PUT)[1] as { acknowledgedWarnings: string[] }).acknowledgedWarnings).toEqual(['jump']);
  });

  it('shows a server 400’s field messages beside the fields', async () => {
    const { user } = openEntry(() => errorResponse(400, 'validation', {}, { sourceId: 'Chọn hoặc thêm văn bản nguồn.' }));
    await typeFigure(user, '154.231', '519.755');
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    await waitFor(() => expect(describedText(screen.getByRole('combobox', { name: 'Văn bản nguồn' }))).toContain('Chọn hoặc thêm văn bản nguồn.'));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Văn bản nguồn' })).toHaveFocus());
  });
});
