import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, sentBodies } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { bluezoneEntry as entry, revision } from '../../../test/definition-fixture';
import { users } from '../../../test/work-fixture';

function open(url: string, routes: Parameters<typeof mockApi>[0] = {}) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
    'GET /api/indicator-definitions/bluezone-install-rate': () => jsonResponse(entry()),
    'GET /api/indicators/bluezone-install-rate': () => errorResponse(404, 'not-found'),
    ...routes,
  });
  return { fetchMock, ...renderApp(url) };
}

describe('DefinitionPage', () => {
  it('fixes kind and unit once figures exist, says why, and offers a new indicator continuing the series', async () => {
    const { user, location } = open('/catalogue/bluezone-install-rate');
    const kind = await screen.findByRole('combobox', { name: 'Loại chỉ tiêu' });
    expect(kind).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Đơn vị tính' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Nhóm chỉ tiêu' })).toBeEnabled();
    expect(screen.getByRole('region', { name: /Loại và đơn vị tính đã cố định/ })).toHaveTextContent('không thể đổi loại hay đơn vị tính tại chỗ');
    await user.click(screen.getByRole('link', { name: 'Bắt đầu chỉ tiêu mới nối tiếp chuỗi số liệu' }));
    expect(location().pathname + location().search).toBe('/catalogue/new?continues=bluezone-install-rate');
    expect(await screen.findByLabelText('Nối tiếp chuỗi số liệu của chỉ tiêu (mã)')).toHaveValue('bluezone-install-rate');
    expect(screen.getByLabelText('Mã chỉ tiêu')).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Loại chỉ tiêu' })).toBeEnabled();
  });

  it('leaves kind and unit open on an indicator without figures', async () => {
    open('/catalogue/bluezone-install-rate', { 'GET /api/indicator-definitions/bluezone-install-rate': () => jsonResponse(entry({ hasFigures: false })) });
    expect(await screen.findByRole('combobox', { name: 'Loại chỉ tiêu' })).toBeEnabled();
    expect(screen.queryByRole('link', { name: 'Bắt đầu chỉ tiêu mới nối tiếp chuỗi số liệu' })).not.toBeInTheDocument();
  });

  it('checks a new indicator with the shared contract before sending anything', async () => {
    const { user, fetchMock } = open('/catalogue/new');
    await user.type(await screen.findByLabelText('Mã chỉ tiêu'), 'Chữ Ký');
    await user.type(screen.getByLabelText('Số chữ số thập phân'), '7');
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    const nameField = screen.getByLabelText('Tên (tiếng Việt)');
    expect(nameField).toHaveAttribute('aria-invalid', 'true');
    expect(nameField.closest('.field')).toHaveTextContent('Bắt buộc nhập.');
    expect(screen.getByLabelText('Mã chỉ tiêu').closest('.field')).toHaveTextContent('Mã chỉ tiêu 2–80 ký tự');
    expect(screen.getByLabelText('Số chữ số thập phân').closest('.field')).toHaveTextContent('Số chữ số thập phân là số nguyên từ 0 đến 6.');
    expect(screen.getByRole('combobox', { name: 'Nhóm chỉ tiêu' }).closest('.field')).toHaveTextContent('Bắt buộc nhập.');
    expect(sentBodies(fetchMock, 'PUT /api/indicator-definitions/chu-ky')).toEqual([]);
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT')).toEqual([]);
  });

  it('shows the server’s refusal beside its field: a code already taken', async () => {
    const { user } = open('/catalogue/new', {
      'PUT /api/indicator-definitions/so-chu-ky': () =>
        errorResponse(409, 'code-taken', { current: entry() }, { 'definition.code': 'Đã có chỉ tiêu mang mã này.' }),
    });
    await user.type(await screen.findByLabelText('Mã chỉ tiêu'), 'so-chu-ky');
    await user.type(screen.getByLabelText('Tên (tiếng Việt)'), 'Số chữ ký số');
    await user.type(screen.getByLabelText('Tên (tiếng Anh)'), 'Digital signatures');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Nhóm chỉ tiêu' }), 'digital-society');
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    await waitFor(() => expect(screen.getByLabelText('Mã chỉ tiêu').closest('.field')).toHaveTextContent('Đã có chỉ tiêu mang mã này.'));
    expect(screen.queryByRole('heading', { name: /Đã có người thay đổi/ })).not.toBeInTheDocument();
  });

  it('on a stale version keeps what was typed, shows the current entry and saves on top of it', async () => {
    const current = entry({ version: 5, draft: revision('lan') });
    const { user, fetchMock } = open('/catalogue/bluezone-install-rate', {
      'PUT /api/indicator-definitions/bluezone-install-rate': [
        () => errorResponse(409, 'conflict', { current }, { version: 'Đã có người thay đổi trước bạn; hãy tải lại.' }),
        () => jsonResponse({ ...current, version: 6 }),
      ],
    });
    const name = await screen.findByLabelText('Tên (tiếng Việt)');
    await user.clear(name);
    await user.type(name, 'Tỷ lệ người dân cài Bluezone');
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
    const panel = (await screen.findByRole('heading', { name: /Đã có người thay đổi chỉ tiêu này trước bạn/ })).closest('section')!;
    expect(panel).toHaveTextContent('của lan, phiên bản 5');
    expect(name).toHaveValue('Tỷ lệ người dân cài Bluezone');
    await user.click(within(panel).getByRole('button', { name: 'Vẫn lưu bản của tôi' }));
    await waitFor(() => expect(sentBodies(fetchMock, 'PUT /api/indicator-definitions/bluezone-install-rate')).toHaveLength(2));
    const [first, second] = sentBodies(fetchMock, 'PUT /api/indicator-definitions/bluezone-install-rate') as { version: number }[];
    expect([first!.version, second!.version]).toEqual([3, 5]);
  });

  it('lets another approver publish a draft, and tells its author it waits for another', async () => {
    const draftByLan = entry({ draft: revision('lan') });
    const { user, fetchMock } = open('/catalogue/bluezone-install-rate', {
      'GET /api/indicator-definitions/bluezone-install-rate': () => jsonResponse(draftByLan),
      'POST /api/indicator-definitions/bluezone-install-rate/publish': () => jsonResponse({ ...draftByLan, version: 4, draft: null }),
    });
    await user.click(await screen.findByRole('button', { name: 'Công bố' }));
    await screen.findByText('Đã công bố định nghĩa.');
    expect(sentBodies(fetchMock, 'POST /api/indicator-definitions/bluezone-install-rate/publish')).toEqual([{ version: 3 }]);
  });

  it('shows the author no Publish button on their own draft', async () => {
    open('/catalogue/bluezone-install-rate', {
      'GET /api/indicator-definitions/bluezone-install-rate': () => jsonResponse(entry({ draft: revision('minh') })),
    });
    await screen.findByText('Bạn là người soạn bản nháp này: cần một người duyệt khác công bố hoặc trả lại.');
    expect(screen.queryByRole('button', { name: 'Công bố' })).not.toBeInTheDocument();
    expect(screen.getByText('Bản nháp của minh, chờ duyệt')).toBeVisible();
  });
});
