import type { DefinitionList } from '@kpi/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { definition } from '../../../test/definition-fixture';
import { indicatorList, users } from '../../../test/work-fixture';

const draft = {
  id: 3,
  state: 'draft' as const,
  definition: definition('chu-ky-so', 'Chữ ký số'),
  baseVersion: 0,
  createdBy: 'lan',
  createdAt: '2026-12-01T02:00:00.000Z',
  reviewedBy: null,
  reviewedAt: null,
  reviewComment: null,
};
const returned = {
  ...draft,
  id: 4,
  state: 'returned' as const,
  definition: definition('so-thue-bao', 'Số thuê bao (sửa)'),
  baseVersion: 2,
  reviewedBy: 'minh',
  reviewedAt: '2026-12-02T02:00:00.000Z',
  reviewComment: 'Thiếu nguồn',
};

const list: DefinitionList = {
  definitions: [
    { code: 'so-thue-bao', version: 3, published: definition('so-thue-bao', 'Số thuê bao'), hasFigures: true, draft: null, latest: returned },
    { code: 'bluezone', version: 4, published: definition('bluezone', 'Bluezone', { retiredFrom: 2022 }), hasFigures: true, draft: null, latest: null },
    { code: 'chu-ky-so', version: 1, published: null, hasFigures: false, draft, latest: draft },
  ],
};

describe('CataloguePage', () => {
  it('lists every indicator with its state in words, and a way to add one', async () => {
    mockApi({ 'GET /api/auth/me': () => jsonResponse({ user: users.approver }), 'GET /api/indicator-definitions': () => jsonResponse(list) });
    renderApp('/catalogue');
    const row = async (name: string) => (await screen.findByRole('rowheader', { name })).closest('tr')!;
    expect(await row('Số thuê bao')).toHaveTextContent('✔ Đã công bố↩ Bị minh trả lại');
    expect(await row('Bluezone')).toHaveTextContent('Dừng theo dõi từ năm 2022');
    expect(await row('Chữ ký số')).toHaveTextContent('Bản nháp của lan, chờ duyệt');
    expect(within(await row('Chữ ký số')).getByRole('link', { name: 'Chữ ký số' })).toHaveAttribute('href', '/catalogue/chu-ky-so');
    expect(screen.getByRole('link', { name: 'Thêm chỉ tiêu' })).toHaveAttribute('href', '/catalogue/new');
    expect(screen.getByRole('navigation')).toContainElement(screen.getByRole('link', { name: 'Danh mục chỉ tiêu' }));
  });

  it('is not in an analyst’s navigation', async () => {
    mockApi({ 'GET /api/auth/me': () => jsonResponse({ user: users.analyst }), 'GET /api/indicators': () => jsonResponse(indicatorList) });
    renderApp('/entry');
    await screen.findByRole('link', { name: 'Nhập số liệu' });
    expect(screen.queryByRole('link', { name: 'Danh mục chỉ tiêu' })).not.toBeInTheDocument();
  });
});
