import type { User } from '@kpi/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi, sentBodies } from '../../../test/api';
import { sources } from '../../../test/fixture';
import { renderApp } from '../../../test/render';
import { indicatorDetail, indicatorList, newObservation, sourceList, users } from '../../../test/work-fixture';

function openEntry(code: string, year: number, user: User, extra: Parameters<typeof mockApi>[0] = {}) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user }),
    'GET /api/indicators': () => jsonResponse(indicatorList),
    [`GET /api/indicators/${code}`]: () => jsonResponse(indicatorDetail(code)),
    'GET /api/sources': () => jsonResponse(sourceList),
    [`GET /api/indicators/${code}/observations/${year}`]: () => jsonResponse(newObservation(code, year)),
    ...extra,
  });
  return { fetchMock, ...renderApp(`/entry/${code}/${year}`) };
}

describe('entry list', () => {
  it('opens on last year and links each indicator to its form for that year', async () => {
    mockApi({ 'GET /api/auth/me': () => jsonResponse({ user: users.analyst }), 'GET /api/indicators': () => jsonResponse(indicatorList) });
    renderApp('/entry');
    const year = new Date().getFullYear() - 1;
    expect(await screen.findByRole('heading', { name: `Nhập số liệu năm ${year}` })).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: 'Xếp hạng Vietnam ICT Index' });
    expect(link.getAttribute('href')).toBe(`/entry/ict-index-rank/${year}`);
  });
});

describe('entry form, other kinds and pieces', () => {
  it('fills a rank’s “out of” with the provinces ranked that year', async () => {
    openEntry('dti-rank', 2024, users.analyst);
    expect(((await screen.findByLabelText('Trên tổng số')) as HTMLInputElement).value).toBe('34');
  });

  it('adds a source inline and picks it', async () => {
    const created = {
      id: 99,
      number: '05/KH-UBND',
      title: 'Kế hoạch chuyển đổi số năm 2021',
      issuer: null,
      publisher: null,
      date: null,
      kind: 'plan',
      url: null,
      note: null,
    };
    const { user, fetchMock } = openEntry('bluezone-install-rate', 2021, users.analyst, {
      'POST /api/sources': () => jsonResponse(created, 201),
      'GET /api/sources': [() => jsonResponse(sourceList), () => jsonResponse({ sources: [...sourceList.sources, created] })],
    });
    await user.click(await screen.findByRole('button', { name: '+ Thêm văn bản mới' }));
    const subform = screen.getByRole('group', { name: 'Văn bản nguồn mới' });
    // Opening the form takes the reader to its first field.
    expect(within(subform).getByLabelText('Số hiệu')).toHaveFocus();
    await user.type(within(subform).getByLabelText('Số hiệu'), '05/KH-UBND');
    await user.selectOptions(within(subform).getByLabelText('Loại văn bản'), 'plan');
    await user.type(within(subform).getByLabelText('Tên, trích yếu'), 'Kế hoạch chuyển đổi số năm 2021{Enter}');

    await waitFor(() =>
      expect(sentBodies(fetchMock, 'POST /api/sources')).toEqual([
        {
          number: '05/KH-UBND',
          title: 'Kế hoạch chuyển đổi số năm 2021',
          issuer: null,
          publisher: null,
          date: null,
          kind: 'plan',
          url: null,
          note: null,
          noteEn: null,
        },
      ]),
    );
    // Enter added the source; it did not save the figure.
    expect(sentBodies(fetchMock, 'PUT /api/indicators/bluezone-install-rate/observations/2021')).toEqual([]);
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Văn bản nguồn' }) as HTMLSelectElement).value).toBe('99'));
    // The form closed; focus is on what happened, not at the top of the page.
    expect(screen.getByText(/Đã thêm và chọn văn bản nguồn/)).toHaveTextContent('Đã thêm và chọn văn bản nguồn: 05/KH-UBND – Kế hoạch chuyển đổi số năm 2021');
    await waitFor(() => expect(screen.getByText(/Đã thêm và chọn văn bản nguồn/)).toHaveFocus());
  });

  it('finds sources by number or title, without Vietnamese marks', async () => {
    const { user, fetchMock } = openEntry('bluezone-install-rate', 2021, users.analyst);
    await user.type(await screen.findByLabelText('Tìm văn bản nguồn (số hiệu hoặc tên)'), 'nghi quyet');
    const options = within(screen.getByRole('combobox', { name: 'Văn bản nguồn' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['— Chọn văn bản (1) —', `17/NQ-CP – ${sources.nq17.title}`]);
    // The whole list: the public one leaves out sources only drafts cite, which analysts cite too.
    expect(fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith('/api/sources'))).toEqual(['/api/sources?include=drafts']);
  });

  it('lets an approver revise the year’s target on top of the revision in force', async () => {
    const code = 'online-services-level4-rate';
    const { user, fetchMock } = openEntry(code, 2020, users.approver, { [`PUT /api/indicators/${code}/targets/2020`]: () => jsonResponse({ revision: 2 }) });
    const form = (await screen.findByRole('heading', { name: 'Mục tiêu năm 2020' })).closest('form')!;
    expect(within(form).getByText('Mục tiêu ≥ 30% (2020)')).toBeInTheDocument();
    const value = within(form).getByLabelText('Giá trị mục tiêu');
    await user.clear(value);
    await user.type(value, '35,5');
    await user.click(within(form).getByRole('button', { name: 'Lưu mục tiêu' }));
    expect(sentBodies(fetchMock, `PUT /api/indicators/${code}/targets/2020`)).toEqual([
      { revision: 1, value: 35.5, comparator: 'gte', outOf: null, reading: null, sourceId: sources.nq17.id, note: null, noteEn: null },
    ]);
    expect(await within(form).findByText('Đã lưu mục tiêu (lần sửa 2).')).toBeInTheDocument();
  });

  it('asks how a rank target’s document means its number, and sends the reading chosen', async () => {
    const code = 'dti-rank';
    const { user, fetchMock } = openEntry(code, 2025, users.approver, { [`PUT /api/indicators/${code}/targets/2025`]: () => jsonResponse({ revision: 2 }) });
    const form = (await screen.findByRole('heading', { name: 'Mục tiêu năm 2025' })).closest('form')!;
    expect(within(form).getByText('Mục tiêu ≤ hạng 10 (2025)')).toBeInTheDocument();
    const reading = within(form).getByLabelText('Văn bản đặt mục tiêu hiểu con số là');
    expect(reading).toHaveValue('position');
    await user.selectOptions(reading, 'share');
    await user.click(within(form).getByRole('button', { name: 'Lưu mục tiêu' }));
    expect(sentBodies(fetchMock, `PUT /api/indicators/${code}/targets/2025`)).toEqual([
      { revision: 1, value: 10, comparator: 'lte', outOf: 63, reading: 'share', sourceId: sources.dxPlan2025.id, note: null, noteEn: null },
    ]);
  });

  it('shows analysts no target form', async () => {
    openEntry('online-services-level4-rate', 2020, users.analyst);
    await screen.findByRole('heading', { name: 'Số liệu năm 2020' });
    expect(screen.queryByRole('heading', { name: 'Mục tiêu năm 2020' })).not.toBeInTheDocument();
  });
});
