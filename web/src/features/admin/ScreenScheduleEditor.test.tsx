import type { ScheduleSet, Screen } from '@kpi/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, sentBodies } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { indicatorList, users } from '../../../test/work-fixture';

const morning: ScheduleSet = {
  name: 'Giao ban sáng',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  start: '08:00',
  end: '09:30',
  playlist: [{ type: 'headline' }],
};

const lobby: Screen = {
  id: 3,
  name: 'Sảnh tầng 1',
  language: 'vi',
  theme: 'night',
  secondsPerSlide: 30,
  playlist: [{ type: 'headline' }, { type: 'group', group: 'e-government' }],
  year: null,
  schedule: [],
  outsideSchedule: 'playlist',
  active: true,
  tokenIssuedAt: '2021-03-02T02:30:00.000Z',
  version: 4,
};
const { id: _id, active: _active, tokenIssuedAt: _issued, version: _version, ...lobbySettings } = lobby;

async function editLobby(shown: Screen = lobby, patch = (body: object) => jsonResponse({ ...shown, ...body, version: shown.version + 1 })) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.admin }),
    'GET /api/indicators': () => jsonResponse(indicatorList),
    'GET /api/screens': () => jsonResponse({ screens: [shown] }),
    'PATCH /api/screens/3': (request) => patch(request.body as object),
  });
  const app = renderApp('/admin/screens');
  await app.user.click(await screen.findByRole('button', { name: 'Sửa màn hình Sảnh tầng 1' }));
  const form = screen.getByRole('form', { name: 'Sửa màn hình “Sảnh tầng 1”' });
  const schedule = within(form).getByRole('group', { name: 'Lịch chiếu theo giờ' });
  const save = () => app.user.click(within(form).getByRole('button', { name: 'Lưu thay đổi' }));
  return { ...app, fetchMock, form, schedule, save };
}

/** Many clicks and typed times each: more than the default 5 s when the machine is busy. */
const LONG = 20_000;

describe('a screen’s schedule in the editor', () => {
  it(
    'adds a set with its name, days, hours (in Vietnam’s time) and own slides, and the clock outside them',
    async () => {
      const { user, schedule, save, fetchMock } = await editLobby();
      expect(within(schedule).getByText(/theo giờ Việt Nam \(Asia\/Ho_Chi_Minh\)/)).toBeInTheDocument();
      expect(within(schedule).getByText('Chưa có khung giờ nào: màn hình chiếu các trang trình chiếu ở trên cả ngày.')).toBeInTheDocument();
      await user.click(within(schedule).getByRole('button', { name: 'Thêm khung giờ' }));
      const set = within(schedule).getByRole('group', { name: 'Khung giờ 1: Giao ban sáng' });
      // Monday to Friday, named through Intl; the weekend unticked.
      const days = within(set).getByRole('group', { name: 'Ngày trong tuần' });
      expect(
        within(days)
          .getAllByRole('checkbox')
          .map((box) => [box.parentElement?.textContent, (box as HTMLInputElement).checked]),
      ).toEqual([
        ['Thứ Hai', true],
        ['Thứ Ba', true],
        ['Thứ Tư', true],
        ['Thứ Năm', true],
        ['Thứ Sáu', true],
        ['Thứ Bảy', false],
        ['Chủ Nhật', false],
      ]);
      await user.click(within(days).getByRole('checkbox', { name: 'Thứ Sáu' }));
      await user.click(within(days).getByRole('checkbox', { name: 'Thứ Bảy' }));
      await user.clear(within(set).getByRole('textbox', { name: 'Kết thúc' }));
      await user.type(within(set).getByRole('textbox', { name: 'Kết thúc' }), '09:30');
      // Its slides in the same editor as the default ones, each control named for the set.
      await user.selectOptions(within(set).getByRole('combobox', { name: 'Loại trang (trang 1 – khung giờ 1)' }), 'group');
      await user.selectOptions(within(set).getByRole('combobox', { name: 'Loại trang chiếu mới – khung giờ 1' }), 'indicator');
      await user.click(within(set).getByRole('button', { name: 'Thêm trang chiếu – khung giờ 1' }));
      await user.selectOptions(within(set).getByRole('combobox', { name: 'Chỉ tiêu (trang 2 – khung giờ 1)' }), 'egov-rank');
      await user.selectOptions(within(schedule).getByRole('combobox', { name: 'Ngoài các khung giờ' }), 'clock');
      expect(within(schedule).getByRole('combobox', { name: 'Ngoài các khung giờ' })).toHaveAccessibleDescription(
        'Khi chọn đồng hồ, các trang trình chiếu ở trên vẫn được giữ để dùng lại khi bỏ chọn.',
      );
      await save();
      expect(sentBodies(fetchMock, 'PATCH /api/screens/3')).toEqual([
        {
          ...lobbySettings,
          schedule: [
            {
              name: 'Giao ban sáng',
              days: ['mon', 'tue', 'wed', 'thu', 'sat'],
              start: '08:00',
              end: '09:30',
              playlist: [
                { type: 'group', group: 'e-government' },
                { type: 'indicator', code: 'egov-rank' },
              ],
            },
          ],
          outsideSchedule: 'clock',
          version: 4,
        },
      ]);
    },
    LONG,
  );

  it(
    'names a set that ends before it starts, and one that overlaps another, before anything is sent',
    async () => {
      const { user, schedule, save, fetchMock } = await editLobby({ ...lobby, schedule: [morning] });
      await user.click(within(schedule).getByRole('button', { name: 'Thêm khung giờ' }));
      const second = within(schedule).getByRole('group', { name: 'Khung giờ 2' });
      await user.type(within(second).getByRole('textbox', { name: 'Tên khung giờ' }), 'Cả ngày');
      await save();
      expect(sentBodies(fetchMock, 'PATCH /api/screens/3')).toEqual([]);
      // 08:00–09:00 on weekdays lies within the morning set.
      expect(within(second).getByRole('textbox', { name: 'Bắt đầu' })).toHaveAccessibleDescription(
        expect.stringContaining('Trùng giờ với một khung trước vào cùng ngày'),
      );
      const start = within(second).getByRole('textbox', { name: 'Bắt đầu' });
      await user.clear(start);
      await user.type(start, '17:00');
      await save();
      expect(within(second).getByRole('textbox', { name: 'Kết thúc' })).toHaveAccessibleDescription(
        expect.stringContaining('Giờ kết thúc phải sau giờ bắt đầu. Chưa hỗ trợ khung giờ qua nửa đêm'),
      );
      const end = within(second).getByRole('textbox', { name: 'Kết thúc' });
      await user.clear(end);
      await user.type(end, '24:00');
      await save();
      expect(sentBodies(fetchMock, 'PATCH /api/screens/3').map((body) => (body as { schedule: ScheduleSet[] }).schedule[1])).toEqual([
        { name: 'Cả ngày', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '17:00', end: '24:00', playlist: [{ type: 'headline' }] },
      ]);
    },
    LONG,
  );

  it('removes a set, and says so when someone else changed the screen first (409)', async () => {
    const { user, form, schedule, save, fetchMock } = await editLobby({ ...lobby, schedule: [morning] }, () => errorResponse(409, 'stale-version'));
    await user.click(within(schedule).getByRole('button', { name: 'Bỏ khung giờ 1' }));
    expect(within(schedule).queryByRole('group', { name: /Khung giờ 1/ })).not.toBeInTheDocument();
    await save();
    expect(sentBodies(fetchMock, 'PATCH /api/screens/3')).toEqual([{ ...lobbySettings, schedule: [], version: 4 }]);
    expect(await within(form).findByRole('alert')).toHaveTextContent('Màn hình vừa được người khác thay đổi.');
  });

  it('speaks English to an English reader', async () => {
    window.localStorage.setItem('kpi.locale', 'en');
    mockApi({
      'GET /api/auth/me': () => jsonResponse({ user: users.admin }),
      'GET /api/indicators': () => jsonResponse(indicatorList),
      'GET /api/screens': () => jsonResponse({ screens: [{ ...lobby, schedule: [morning] }] }),
    });
    const { user } = renderApp('/admin/screens');
    await user.click(await screen.findByRole('button', { name: 'Edit screen Sảnh tầng 1' }));
    const schedule = screen.getByRole('group', { name: 'Schedule by time of day' });
    const set = within(schedule).getByRole('group', { name: 'Set 1: Giao ban sáng' });
    expect(within(set).getByRole('checkbox', { name: 'Monday' })).toBeChecked();
    expect(within(set).getByRole('textbox', { name: 'Starts' })).toHaveValue('08:00');
    expect(within(schedule).getByRole('combobox', { name: 'Outside the sets' })).toHaveValue('playlist');
  });
});
