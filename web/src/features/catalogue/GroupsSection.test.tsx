import type { DefinitionList, IndicatorGroupEntry } from '@kpi/shared';
import { testGroups } from '@kpi/shared/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, sentBodies, type ApiRequest } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { users } from '../../../test/work-fixture';

type Role = keyof typeof users;

function openCatalogue(role: Role, routes: Record<string, (request: ApiRequest) => Response> = {}) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users[role] }),
    'GET /api/indicator-definitions': () => jsonResponse({ definitions: [] } satisfies DefinitionList),
    ...routes,
  });
  return { fetchMock, ...renderApp('/catalogue') };
}

const groupsRegion = async () => screen.findByRole('region', { name: 'Nhóm chỉ tiêu' });

describe('the groups on the catalogue page', () => {
  it('lists the groups in order with both names; an approver may not change them', async () => {
    openCatalogue('approver');
    const region = await groupsRegion();
    const rows = within(await within(region).findByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('10e-governmentChính quyền điện tửE-government');
    expect(rows[5]).toHaveTextContent('50telecomsViễn thông, InternetTelecoms and Internet');
    expect(within(region).queryByRole('button', { name: /Sửa nhóm/ })).not.toBeInTheDocument();
    expect(within(region).queryByRole('form')).not.toBeInTheDocument();
  });

  it('lets an admin add a group: checked by the contract first, each bad field named', async () => {
    const created: IndicatorGroupEntry = { code: 'an-toan-thong-tin', name: { vi: 'An toàn thông tin', en: 'Cyber security' }, order: 70, version: 1 };
    const { user, fetchMock } = openCatalogue('admin', { 'POST /api/indicator-groups': () => jsonResponse(created, 201) });
    const form = await within(await groupsRegion()).findByRole('form', { name: 'Thêm nhóm chỉ tiêu' });
    await user.type(within(form).getByLabelText('Mã nhóm'), 'An Toàn');
    await user.type(within(form).getByLabelText('Tên (tiếng Việt)'), 'An toàn thông tin');
    await user.click(within(form).getByRole('button', { name: 'Thêm nhóm' }));
    expect(within(form).getByLabelText('Mã nhóm').closest('.field')).toHaveTextContent('Mã nhóm 2–40 ký tự');
    expect(within(form).getByLabelText('Tên (tiếng Anh)').closest('.field')).toHaveTextContent('Bắt buộc nhập.');
    expect(sentBodies(fetchMock, 'POST /api/indicator-groups')).toEqual([]);

    await user.clear(within(form).getByLabelText('Mã nhóm'));
    await user.type(within(form).getByLabelText('Mã nhóm'), 'an-toan-thong-tin');
    await user.type(within(form).getByLabelText('Tên (tiếng Anh)'), 'Cyber security');
    await user.click(within(form).getByRole('button', { name: 'Thêm nhóm' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('Đã thêm nhóm An toàn thông tin.');
    // No order typed: the server puts it last.
    expect(sentBodies(fetchMock, 'POST /api/indicator-groups')).toEqual([
      { code: 'an-toan-thong-tin', name: { vi: 'An toàn thông tin', en: 'Cyber security' } },
    ]);
  });

  it('shows the server’s refusal of a taken code beside the field', async () => {
    const { user } = openCatalogue('admin', {
      'POST /api/indicator-groups': () => errorResponse(409, 'conflict', {}, { code: 'Đã có nhóm chỉ tiêu mang mã này.' }),
    });
    const form = await within(await groupsRegion()).findByRole('form', { name: 'Thêm nhóm chỉ tiêu' });
    await user.type(within(form).getByLabelText('Mã nhóm'), 'telecoms');
    await user.type(within(form).getByLabelText('Tên (tiếng Việt)'), 'Viễn thông');
    await user.type(within(form).getByLabelText('Tên (tiếng Anh)'), 'Telecoms');
    await user.click(within(form).getByRole('button', { name: 'Thêm nhóm' }));
    expect(await within(form).findByText('Đã có nhóm chỉ tiêu mang mã này.')).toBeInTheDocument();
  });

  it('lets an admin change a group’s names and order with the version loaded, and says so on a conflict', async () => {
    const press = testGroups.find((g) => g.code === 'press')!;
    const { user, fetchMock } = openCatalogue('admin', {
      'PUT /api/indicator-groups/press': () =>
        errorResponse(409, 'conflict', { current: { ...press, version: 2 } }, { version: 'Đã có người thay đổi trước bạn; hãy tải lại.' }),
    });
    const region = await groupsRegion();
    await user.click(await within(region).findByRole('button', { name: 'Sửa nhóm Báo chí, xuất bản' }));
    const form = within(region).getByRole('form', { name: 'Sửa nhóm press' });
    expect(within(form).queryByLabelText('Mã nhóm')).not.toBeInTheDocument();
    await user.clear(within(form).getByLabelText('Tên (tiếng Anh)'));
    await user.type(within(form).getByLabelText('Tên (tiếng Anh)'), 'Press');
    await user.clear(within(form).getByLabelText('Thứ tự'));
    await user.type(within(form).getByLabelText('Thứ tự'), '5');
    await user.click(within(form).getByRole('button', { name: 'Lưu nhóm' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Đã có người sửa nhóm này trước bạn');
    expect(sentBodies(fetchMock, 'PUT /api/indicator-groups/press')).toEqual([{ name: { vi: 'Báo chí, xuất bản', en: 'Press' }, order: 5, version: 1 }]);
  });
});
