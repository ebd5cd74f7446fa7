import { screen, waitFor, within } from '@testing-library/react';
import type { Screen } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, sentBodies } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { indicatorList, users } from '../../../test/work-fixture';

const lobby: Screen = {
  id: 3,
  name: 'Sảnh tầng 1',
  language: 'en',
  theme: 'day',
  secondsPerSlide: 30,
  playlist: [{ type: 'headline' }, { type: 'group', group: 'e-government' }, { type: 'indicator', code: 'dti-rank' }, { type: 'group', group: 'telecoms' }],
  active: true,
  year: null,
  schedule: [],
  outsideSchedule: 'playlist',
  tokenIssuedAt: '2021-03-02T02:30:00.000Z',
  version: 4,
};

function openScreens(routes: Parameters<typeof mockApi>[0]) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.admin }),
    'GET /api/indicators': () => jsonResponse(indicatorList),
    ...routes,
  });
  return { fetchMock, ...renderApp('/admin/screens') };
}

describe('AdminScreensPage', () => {
  it('lists each screen with its settings, year and playlist', async () => {
    openScreens({ 'GET /api/screens': () => jsonResponse({ screens: [lobby, { ...lobby, id: 4, name: 'Phòng họp 2020', year: 2020 }] }) });
    const fixed = (await screen.findByRole('rowheader', { name: 'Phòng họp 2020' })).closest('tr')!;
    expect(within(fixed).getByText('Năm 2020')).toHaveAttribute('data-label', 'Năm hiển thị');
    const row = screen.getByRole('rowheader', { name: 'Sảnh tầng 1' }).closest('tr')!;
    // The fixture's latest year with published figures is 2022.
    expect(await within(row).findByText('Năm mới nhất có số liệu (hiện là 2022)')).toHaveAttribute('data-label', 'Năm hiển thị');
    expect(row.textContent).toContain('English');
    expect(row.textContent).toContain('Nền sáng');
    expect(row.textContent).toContain('30 giây');
    expect(row.textContent).toContain(
      '4 trang: Kết quả nổi bật của năm; Nhóm: Chính quyền điện tử; Chỉ tiêu: Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI); và 1 trang khác',
    );
    expect(row.textContent).toContain('✔ Đang hoạt động');
    expect(row.textContent).toContain('09:30 02/03/2021');
  });

  it('creates a screen with its playlist and shows its URL once, with the origin', async () => {
    const created: Screen = { ...lobby, id: 7, name: 'Phòng họp tầng 3', language: 'vi', theme: 'night', secondsPerSlide: 15, version: 1 };
    const { user, fetchMock } = openScreens({
      'GET /api/screens': [() => jsonResponse({ screens: [] }), () => jsonResponse({ screens: [created] })],
      'POST /api/screens': () => jsonResponse({ screen: created, token: 'secret-token', url: '/screen/7?token=secret-token' }, 201),
    });
    const form = await screen.findByRole('form', { name: 'Tạo màn hình' });
    await user.type(within(form).getByLabelText('Tên màn hình'), 'Phòng họp tầng 3');
    await user.clear(within(form).getByLabelText('Số giây mỗi trang'));
    await user.type(within(form).getByLabelText('Số giây mỗi trang'), '15');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Năm hiển thị' }), '2020');
    await user.click(within(form).getByRole('button', { name: 'Thêm trang chiếu' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Nhóm chỉ tiêu (trang 2)' }), 'digital-society');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Loại trang chiếu mới' }), 'indicator');
    await user.click(within(form).getByRole('button', { name: 'Thêm trang chiếu' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Chỉ tiêu (trang 3)' }), 'egov-rank');
    await user.click(within(form).getByRole('button', { name: 'Chuyển trang 3 lên' }));
    await user.click(within(form).getByRole('button', { name: 'Tạo màn hình' }));

    expect(sentBodies(fetchMock, 'POST /api/screens')).toEqual([
      {
        name: 'Phòng họp tầng 3',
        language: 'vi',
        theme: 'night',
        secondsPerSlide: 15,
        playlist: [{ type: 'headline' }, { type: 'indicator', code: 'egov-rank' }, { type: 'group', group: 'digital-society' }],
        year: 2020,
        schedule: [],
        outsideSchedule: 'playlist',
      },
    ]);
    const url = await screen.findByLabelText('Đường dẫn để mở trên màn hình');
    expect((url as HTMLInputElement).value).toBe(`${window.location.origin}/screen/7?token=secret-token`);
    expect(screen.getByText(/chỉ hiện một lần/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tôi đã lưu đường dẫn, ẩn đi' }));
    expect(screen.queryByDisplayValue(/secret-token/)).not.toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'Phòng họp tầng 3' })).toBeInTheDocument();
  });

  it('offers the slides the screen says it plays (a scheduled set), else those of its playlist', async () => {
    const report = { slide: 2, slides: 6, width: 1920, height: 1080, dataVersion: 1 };
    const health = {
      id: 3,
      online: true,
      connectedSince: '2021-03-02T02:30:00.000Z',
      lastSeenAt: null,
      behind: false,
      userAgent: null,
      dark: false,
      blanked: false,
    };
    const { user, fetchMock } = openScreens({
      'GET /api/screens': () => jsonResponse({ screens: [lobby, { ...lobby, id: 4, name: 'Phòng họp 2' }] }),
      'GET /api/screen-health': () =>
        jsonResponse({
          screens: [
            { ...health, report },
            { ...health, id: 4, report: null },
          ],
          darkAfterMinutes: 30,
        }),
      'POST /api/screens/3/commands': () => jsonResponse({ delivered: 1 }, 202),
    });
    const scheduled = await screen.findByRole('combobox', { name: 'Trang cần chiếu ngay trên Sảnh tầng 1' });
    await waitFor(() => expect(within(scheduled).getAllByRole('option')).toHaveLength(6));
    const unreported = screen.getByRole('combobox', { name: 'Trang cần chiếu ngay trên Phòng họp 2' });
    expect(within(unreported).getAllByRole('option')).toHaveLength(4);
    await user.selectOptions(scheduled, 'Trang 6');
    await user.click(screen.getByRole('button', { name: 'Chiếu ngay trang đã chọn trên Sảnh tầng 1' }));
    expect(sentBodies(fetchMock, 'POST /api/screens/3/commands')).toEqual([{ type: 'show-slide', slide: 6 }]);
  });

  it('revokes a screen with the version it was shown at, after asking', async () => {
    const { user, fetchMock } = openScreens({
      'GET /api/screens': [() => jsonResponse({ screens: [lobby] }), () => jsonResponse({ screens: [{ ...lobby, active: false, version: 5 }] })],
      'POST /api/screens/3/revoke': () => jsonResponse({ ...lobby, active: false, version: 5 }),
    });
    await user.click(await screen.findByRole('button', { name: 'Thu hồi đường dẫn của Sảnh tầng 1' }));
    expect(sentBodies(fetchMock, 'POST /api/screens/3/revoke')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Thu hồi đường dẫn' }));
    expect(sentBodies(fetchMock, 'POST /api/screens/3/revoke')).toEqual([{ version: 4 }]);
    const row = screen.getByRole('rowheader', { name: 'Sảnh tầng 1' }).closest('tr')!;
    await waitFor(() => expect(row.textContent).toContain('✖ Đã thu hồi'));
  });

  it('says the screen changed when a re-issue meets a newer version', async () => {
    const { user } = openScreens({
      'GET /api/screens': () => jsonResponse({ screens: [lobby] }),
      'POST /api/screens/3/token': () => errorResponse(409, 'conflict'),
    });
    await user.click(await screen.findByRole('button', { name: 'Cấp đường dẫn mới cho Sảnh tầng 1' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Màn hình vừa được người khác thay đổi');
    expect(screen.queryByLabelText('Đường dẫn để mở trên màn hình')).not.toBeInTheDocument();
  });
});
