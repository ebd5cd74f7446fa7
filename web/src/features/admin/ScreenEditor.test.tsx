import { screen, within } from '@testing-library/react';
import type { Screen } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, sentBodies } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { bluezone, definition } from '../../../test/definition-fixture';
import { indicatorList, users } from '../../../test/work-fixture';

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

async function editLobby(first: Screen = lobby) {
  // The list answers with the screen as last saved, as the server does.
  let shown = first;
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.admin }),
    'GET /api/indicators': () => jsonResponse(indicatorList),
    'GET /api/screens': () => jsonResponse({ screens: [shown] }),
    'PATCH /api/screens/3': (request) => {
      shown = { ...shown, ...(request.body as object), version: shown.version + 1 };
      return jsonResponse(shown);
    },
    // Which indicators are made from their communes: Bluezone is, the e-government rank is not.
    'GET /api/indicator-definitions': () =>
      jsonResponse({
        definitions: [bluezone, definition('egov-rank', 'Xếp hạng', { kind: 'rank', unit: 'position', aggregation: 'none' })].map((published) => ({
          code: published.code,
          version: 1,
          published,
          hasFigures: true,
          draft: null,
          latest: null,
        })),
      }),
  });
  const app = renderApp('/admin/screens');
  await app.user.click(await screen.findByRole('button', { name: 'Sửa màn hình Sảnh tầng 1' }));
  const form = screen.getByRole('form', { name: 'Sửa màn hình “Sảnh tầng 1”' });
  return { ...app, fetchMock, form };
}

const options = (select: HTMLElement) => [...(select as HTMLSelectElement).options].map((option) => option.text);

describe('the screen editor', () => {
  it('says which year the screen shows, latest by default, and offers the years with data', async () => {
    const { user, form, fetchMock } = await editLobby();
    const year = within(form).getByRole('combobox', { name: 'Năm hiển thị' });
    // The fixture's latest year with published figures is 2022.
    await within(year).findByRole('option', { name: 'Năm mới nhất có số liệu (hiện là 2022)', selected: true });
    expect(options(year)).toEqual(['Năm mới nhất có số liệu (hiện là 2022)', ...[2022, 2021, 2020, 2019, 2018, 2017, 2016].map((y) => `Năm ${y}`)]);
    await user.selectOptions(year, '2020');
    await user.click(within(form).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(sentBodies(fetchMock, 'PATCH /api/screens/3')).toEqual([{ ...settingsOf(lobby), year: 2020, version: 4 }]);
    // Saved although the list came back at version 5, remounting the form keyed on it.
    expect(await screen.findByRole('status')).toHaveTextContent('Đã lưu màn hình “Sảnh tầng 1”.');
    expect(screen.queryByRole('form', { name: 'Sửa màn hình “Sảnh tầng 1”' })).not.toBeInTheDocument();
  });

  it('sets a screen with a year of its own back to following the latest year', async () => {
    const { user, form, fetchMock } = await editLobby({ ...lobby, year: 2019 });
    const year = within(form).getByRole('combobox', { name: 'Năm hiển thị' });
    expect(year).toHaveValue('2019');
    await user.selectOptions(year, '');
    await user.click(within(form).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(sentBodies(fetchMock, 'PATCH /api/screens/3')).toEqual([{ ...settingsOf(lobby), year: null, version: 4 }]);
  });

  it('gives each slide in the list its own settings, and adds a slide apart, with focus on its settings', async () => {
    const { user, form, fetchMock } = await editLobby();
    const list = within(form).getByRole('list');
    const adder = within(form).getByRole('group', { name: 'Thêm trang chiếu' });
    // The add control holds only the new slide's type; the list holds no add button.
    expect(within(adder).getAllByRole('combobox')).toEqual([within(adder).getByRole('combobox', { name: 'Loại trang chiếu mới' })]);
    expect(within(list).queryByRole('button', { name: 'Thêm trang chiếu' })).not.toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);

    // A slide's settings change in place.
    await user.selectOptions(within(list).getByRole('combobox', { name: 'Nhóm chỉ tiêu (trang 2)' }), 'telecoms');
    await user.selectOptions(within(list).getByRole('combobox', { name: 'Loại trang (trang 1)' }), 'group');
    expect(within(list).getByRole('combobox', { name: 'Nhóm chỉ tiêu (trang 1)' })).toHaveValue('e-government');

    // An indicator slide: added last, focus on the indicator it still needs, no message before a submit.
    await user.selectOptions(within(adder).getByRole('combobox', { name: 'Loại trang chiếu mới' }), 'indicator');
    await user.click(within(adder).getByRole('button', { name: 'Thêm trang chiếu' }));
    const indicator = within(list).getByRole('combobox', { name: 'Chỉ tiêu (trang 3)' });
    expect(indicator).toHaveFocus();
    expect(indicator).not.toHaveAttribute('aria-invalid');
    expect(within(list).getByRole('group', { name: 'Trang 3' })).toContainElement(indicator);

    await user.click(within(form).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(sentBodies(fetchMock, 'PATCH /api/screens/3')).toEqual([]);
    expect(indicator).toHaveAttribute('aria-invalid', 'true');
    expect(indicator).toHaveAccessibleDescription('Chọn chỉ tiêu cho trang này.');

    await user.selectOptions(indicator, 'egov-rank');
    // A headline needs nothing more: focus goes to its type.
    await user.selectOptions(within(adder).getByRole('combobox', { name: 'Loại trang chiếu mới' }), 'headline');
    await user.click(within(adder).getByRole('button', { name: 'Thêm trang chiếu' }));
    expect(within(list).getByRole('combobox', { name: 'Loại trang (trang 4)' })).toHaveFocus();
    await user.click(within(list).getByRole('button', { name: 'Chuyển trang 4 lên' }));
    await user.click(within(list).getByRole('button', { name: 'Bỏ trang 1' }));
    await user.click(within(form).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(sentBodies(fetchMock, 'PATCH /api/screens/3')).toEqual([
      {
        ...settingsOf(lobby),
        playlist: [{ type: 'group', group: 'telecoms' }, { type: 'headline' }, { type: 'indicator', code: 'egov-rank' }],
        year: null,
        version: 4,
      },
    ]);
  });
});

describe('a units slide in the editor', () => {
  it('offers only the indicators made from their communes, says so, and saves the one chosen', async () => {
    const { user, form, fetchMock } = await editLobby();
    const list = within(form).getByRole('list');
    const adder = within(form).getByRole('group', { name: 'Thêm trang chiếu' });
    await user.selectOptions(within(adder).getByRole('combobox', { name: 'Loại trang chiếu mới' }), 'units');
    await user.click(within(adder).getByRole('button', { name: 'Thêm trang chiếu' }));
    const indicator = within(list).getByRole('combobox', { name: 'Chỉ tiêu (trang 3)' });
    await within(indicator).findByRole('option', { name: 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone' });
    expect(options(indicator)).toEqual(['— Chọn —', 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone']);
    expect(indicator).toHaveAccessibleDescription('Chỉ các chỉ tiêu tổng hợp từ xã, phường. Khi chưa có xã, phường nào báo cáo, trang ghi rõ điều đó.');

    // Saved without an indicator: the slide says what it needs, and nothing is sent.
    await user.click(within(form).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(sentBodies(fetchMock, 'PATCH /api/screens/3')).toEqual([]);
    expect(indicator).toHaveAccessibleDescription(expect.stringContaining('Chọn chỉ tiêu cho trang này.'));

    await user.selectOptions(indicator, 'bluezone-install-rate');
    await user.click(within(form).getByRole('button', { name: 'Lưu thay đổi' }));
    expect(sentBodies(fetchMock, 'PATCH /api/screens/3')).toEqual([
      { ...settingsOf(lobby), playlist: [...lobby.playlist, { type: 'units', code: 'bluezone-install-rate' }], year: null, version: 4 },
    ]);
  });
});

function settingsOf({ name, language, theme, secondsPerSlide, playlist, schedule, outsideSchedule }: Screen) {
  return { name, language, theme, secondsPerSlide, playlist, schedule, outsideSchedule };
}
