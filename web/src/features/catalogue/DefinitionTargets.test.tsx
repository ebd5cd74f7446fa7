import type { IndicatorDetail, Source, Target } from '@kpi/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, sentBodies } from '../../../test/api';
import { bluezoneEntry, definition } from '../../../test/definition-fixture';
import { sources } from '../../../test/fixture';
import { renderApp, renderWithProviders } from '../../../test/render';
import { indicatorDetail, sourceList, users } from '../../../test/work-fixture';
import { DefinitionTargets } from './DefinitionTargets';

const CODE = 'online-services-level4-rate';
const entry = bluezoneEntry({ code: CODE, published: definition(CODE, 'Tỷ lệ dịch vụ công trực tuyến mức độ 4', { unit: 'percent', aggregation: 'none' }) });
const scan = { name: 'nq17.pdf', mediaType: 'application/pdf', size: 1048576, sha256: 'ab' };
const nq17: Source = { ...sources.nq17, file: scan, cited: true };

/** 2020 revised once (25% from the report, then 30% from 17/NQ-CP with its scan); 2021 set once. */
function detailWith(targets2020: Target[] = []): IndicatorDetail {
  const base = indicatorDetail(CODE);
  const [t2020, t2021] = base.targets as [Target, Target];
  const first = { ...t2020, value: 25, revision: 1, inForce: false, source: sources.report2020 };
  const second = { ...t2020, revision: 2, source: nq17 };
  return { ...base, targets: targets2020.length ? [first, { ...second, inForce: false }, ...targets2020, t2021] : [first, second, t2021] };
}

// The catalogue page is a lazy chunk, transformed on first use: on a loaded machine that alone can
// take more than Vitest's default 5 s (as IndicatorPage.test.tsx says). Not a timing assert.
const LAZY_PAGE_TIMEOUT = 15_000;

const targetPath = (year: number) => `PUT /api/indicators/${CODE}/targets/${year}`;

function open(routes: Parameters<typeof mockApi>[0] = {}) {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
    [`GET /api/indicator-definitions/${CODE}`]: () => jsonResponse(entry),
    [`GET /api/indicators/${CODE}`]: () => jsonResponse(detailWith()),
    'GET /api/sources': () => jsonResponse(sourceList),
    ...routes,
  });
  return { fetchMock, ...renderApp(`/catalogue/${CODE}`) };
}

const targetsRegion = () => screen.findByRole('region', { name: 'Mục tiêu theo năm' });
const targetForm = async (year: number) => (await screen.findByRole('heading', { name: `Mục tiêu năm ${year}` })).closest('form')!;

describe('an indicator’s targets in the catalogue editor', { timeout: LAZY_PAGE_TIMEOUT }, () => {
  it('lists every revision by year with its document, the link to its file, and which is in force', async () => {
    open();
    const region = await targetsRegion();
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(3));
    const [inForce, superseded, next] = within(region).getAllByRole('listitem') as [HTMLElement, HTMLElement, HTMLElement];
    expect(inForce).toHaveTextContent('2020: ≥ 30%');
    expect(inForce).toHaveTextContent(`Văn bản: 17/NQ-CP – ${sources.nq17.title}`);
    expect(within(inForce).getByRole('link', { name: 'Xem văn bản đính kèm: nq17.pdf (1 MB)' })).toHaveAttribute(
      'href',
      `/api/sources/${sources.nq17.id}/file`,
    );
    expect(inForce).toHaveTextContent('Đang áp dụng');
    expect(superseded).toHaveTextContent('2020: ≥ 25%');
    expect(superseded).toHaveTextContent('Đã thay (lần 1)');
    expect(within(superseded).queryByRole('link')).not.toBeInTheDocument();
    expect(within(superseded).queryByRole('button')).not.toBeInTheDocument();
    expect(next).toHaveTextContent('2021: ≥ 100%');
    expect(
      within(region)
        .getAllByRole('button', { name: /^Sửa mục tiêu năm/ })
        .map((b) => b.textContent),
    ).toEqual(['Sửa mục tiêu năm 2020', 'Sửa mục tiêu năm 2021']);
  });

  it('refuses a year the API would not take, beside the year field', async () => {
    const { user } = open();
    const year = await within(await targetsRegion()).findByLabelText('Năm mục tiêu');
    await user.type(year, '1999');
    await user.click(screen.getByRole('button', { name: 'Mở mục tiêu của năm' }));
    expect(year.closest('.field')).toHaveTextContent('Năm mục tiêu phải là một năm từ 2000 đến 2100.');
    expect(year).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('heading', { name: /^Mục tiêu năm/ })).not.toBeInTheDocument();
  });

  it('adds a target for a new year, refusing a missing value and document by field', async () => {
    const t2030 = { ...detailWith().targets[2]!, year: 2030, value: 80, source: sources.kh131 };
    const { user, fetchMock } = open({
      [`GET /api/indicators/${CODE}`]: [() => jsonResponse(detailWith()), () => jsonResponse({ ...detailWith(), targets: [...detailWith().targets, t2030] })],
      [targetPath(2030)]: () => jsonResponse({ revision: 1 }),
    });
    await user.type(await within(await targetsRegion()).findByLabelText('Năm mục tiêu'), '2030{Enter}');

    const form = await targetForm(2030);
    expect(form).toHaveTextContent('Chưa có mục tiêu cho năm này.');
    expect(within(form).getByRole('combobox', { name: 'So sánh' })).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Lưu mục tiêu' }));
    expect(within(form).getByLabelText('Giá trị mục tiêu').closest('.field')).toHaveTextContent('Cần nhập một số.');
    expect(within(form).getByRole('combobox', { name: 'Văn bản nguồn' }).closest('.field')).toHaveTextContent('Chọn hoặc thêm văn bản nguồn.');
    expect(sentBodies(fetchMock, targetPath(2030))).toEqual([]);

    await user.type(within(form).getByLabelText('Giá trị mục tiêu'), '80');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Văn bản nguồn' }), String(sources.kh131.id));
    await user.click(within(form).getByRole('button', { name: 'Lưu mục tiêu' }));
    expect(await within(form).findByText('Đã lưu mục tiêu (lần sửa 1).')).toBeInTheDocument();
    expect(sentBodies(fetchMock, targetPath(2030))).toEqual([
      { revision: 0, value: 80, comparator: 'gte', outOf: null, reading: null, sourceId: sources.kh131.id, note: null, noteEn: null },
    ]);
    // The list is read again, so the new target shows there with its document.
    const region = await targetsRegion();
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(4));
    expect(within(region).getAllByRole('listitem')[3]).toHaveTextContent(`2030: ≥ 80%Văn bản: 131/KH-UBND – ${sources.kh131.title}`);
  });

  it('revises the target in force from its row, on top of its revision', async () => {
    const { user, fetchMock } = open({ [targetPath(2020)]: () => jsonResponse({ revision: 3 }) });
    await user.click(await within(await targetsRegion()).findByRole('button', { name: 'Sửa mục tiêu năm 2020' }));
    const form = await targetForm(2020);
    expect(form).toHaveTextContent('Đang áp dụng (lần sửa 2):');
    const value = within(form).getByLabelText('Giá trị mục tiêu');
    expect(value).toHaveValue('30');
    await user.clear(value);
    await user.type(value, '35,5');
    await user.click(within(form).getByRole('button', { name: 'Lưu mục tiêu' }));
    await within(form).findByText('Đã lưu mục tiêu (lần sửa 3).');
    expect(sentBodies(fetchMock, targetPath(2020))).toEqual([
      { revision: 2, value: 35.5, comparator: 'gte', outOf: null, reading: null, sourceId: sources.nq17.id, note: null, noteEn: null },
    ]);
    await user.click(screen.getByRole('button', { name: 'Đóng biểu mẫu mục tiêu' }));
    expect(screen.queryByRole('heading', { name: 'Mục tiêu năm 2020' })).not.toBeInTheDocument();
  });

  it('on a 409 says someone revised it, reloads the list, and saves again on the new revision', async () => {
    const theirs = { ...detailWith().targets[1]!, value: 32, revision: 3, inForce: true };
    const { user, fetchMock } = open({
      [`GET /api/indicators/${CODE}`]: [() => jsonResponse(detailWith()), () => jsonResponse(detailWith([theirs]))],
      [targetPath(2020)]: [() => errorResponse(409, 'conflict', {}, { revision: 'stale' }), () => jsonResponse({ revision: 4 })],
    });
    await user.click(await within(await targetsRegion()).findByRole('button', { name: 'Sửa mục tiêu năm 2020' }));
    const form = await targetForm(2020);
    const value = within(form).getByLabelText('Giá trị mục tiêu');
    await user.clear(value);
    await user.type(value, '35');
    await user.click(within(form).getByRole('button', { name: 'Lưu mục tiêu' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Mục tiêu vừa được người khác sửa.');
    const region = await targetsRegion();
    await waitFor(() => expect(within(region).getAllByRole('listitem')[0]).toHaveTextContent('2020: ≥ 32%'));
    expect(within(region).getAllByRole('listitem')[0]).toHaveTextContent('Đang áp dụng');
    // What was typed stays; the next save names the revision now in force.
    expect(value).toHaveValue('35');
    await user.click(within(form).getByRole('button', { name: 'Lưu mục tiêu' }));
    await within(form).findByText('Đã lưu mục tiêu (lần sửa 4).');
    expect((sentBodies(fetchMock, targetPath(2020)) as { revision: number }[]).map((body) => body.revision)).toEqual([2, 3]);
  });

  it('adds the document as a new source with its scanned file, then sets the target citing it', async () => {
    const created: Source = {
      id: 99,
      number: '12/QĐ-UBND',
      title: 'Quyết định giao chỉ tiêu năm 2030',
      issuer: null,
      publisher: null,
      date: null,
      kind: 'decision',
      url: null,
      note: null,
      noteEn: null,
      file: null,
      cited: false,
    };
    const { user, fetchMock } = open({
      'POST /api/sources': () => jsonResponse(created, 201),
      'POST /api/sources/99/file': () => jsonResponse({ name: 'qd12.pdf', mediaType: 'application/pdf', size: 2048, sha256: 'cd' }, 201),
      'GET /api/sources': [
        () => jsonResponse(sourceList),
        () => jsonResponse({ sources: [...sourceList.sources, created] }),
        () =>
          jsonResponse({
            sources: [...sourceList.sources, { ...created, file: { name: 'qd12.pdf', mediaType: 'application/pdf', size: 2048, sha256: 'cd' } }],
          }),
      ],
      [targetPath(2030)]: () => jsonResponse({ revision: 1 }),
    });
    await user.type(await within(await targetsRegion()).findByLabelText('Năm mục tiêu'), '2030{Enter}');
    const form = await targetForm(2030);
    await user.type(within(form).getByLabelText('Giá trị mục tiêu'), '90');
    await user.click(within(form).getByRole('button', { name: '+ Thêm văn bản mới' }));
    const subform = within(form).getByRole('group', { name: 'Văn bản nguồn mới' });
    await user.type(within(subform).getByLabelText('Số hiệu'), '12/QĐ-UBND');
    await user.selectOptions(within(subform).getByLabelText('Loại văn bản'), 'decision');
    await user.type(within(subform).getByLabelText('Tên, trích yếu'), 'Quyết định giao chỉ tiêu năm 2030');
    await user.click(within(subform).getByRole('button', { name: 'Thêm văn bản' }));
    await waitFor(() => expect(within(form).getByRole('combobox', { name: 'Văn bản nguồn' })).toHaveValue('99'));

    await user.upload(within(form).getByLabelText(/Đính kèm bản scan của văn bản/), new File(['%PDF-1.4'], 'qd12.pdf', { type: 'application/pdf' }));
    expect(await within(form).findByRole('link', { name: 'Xem văn bản đính kèm: qd12.pdf (2 kB)' })).toHaveAttribute('href', '/api/sources/99/file');
    const upload = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/api/sources/99/file'))![1]!;
    expect(((upload.body as FormData).get('file') as File).name).toBe('qd12.pdf');

    await user.click(within(form).getByRole('button', { name: 'Lưu mục tiêu' }));
    await within(form).findByText('Đã lưu mục tiêu (lần sửa 1).');
    expect(sentBodies(fetchMock, targetPath(2030))).toEqual([
      { revision: 0, value: 90, comparator: 'gte', outOf: null, reading: null, sourceId: 99, note: null, noteEn: null },
    ]);
  });
});

describe('who may set targets', () => {
  it('shows a user without the approver role the list only', async () => {
    mockApi({ [`GET /api/indicators/${CODE}`]: () => jsonResponse(detailWith()) });
    renderWithProviders(<DefinitionTargets code={CODE} user={users.analyst} />);
    const region = await targetsRegion();
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(3));
    expect(within(region).queryByRole('button')).not.toBeInTheDocument();
    expect(within(region).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('offers no numeric target for a milestone, and says so, in English too', async () => {
    const detail = detailWith();
    mockApi({ [`GET /api/indicators/${CODE}`]: () => jsonResponse({ ...detail, indicator: { ...detail.indicator, kind: 'milestone' }, targets: [] }) });
    renderWithProviders(<DefinitionTargets code={CODE} user={users.approver} />, '/?lang=en');
    expect(await screen.findByText('A milestone indicator has no numeric target.')).toBeInTheDocument();
    expect(screen.getByText('No targets yet.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Target year')).not.toBeInTheDocument();
  });
});
