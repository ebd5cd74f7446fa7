import { validationMessage } from '@kpi/shared';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, requestedPaths } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { indicatorDetail, indicatorList, newObservation, orgUnitList, sourceList, users } from '../../../test/work-fixture';

const CODE = 'bluezone-install-rate';

/** The published definitions as the catalogue file holds them: Bluezone is built from its units, the rest are province-only. */
const catalogueFile = {
  indicators: indicatorList.indicators.map((indicator) => ({ ...indicator, aggregation: indicator.code === CODE ? 'ratio-sum' : 'none' })),
};

function signedInCommuneUser(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.commune }),
    'GET /api/indicators': () => jsonResponse(indicatorList),
    'GET /api/org-units': () => jsonResponse(orgUnitList),
    'GET /api/catalogue/export.json': () => jsonResponse(catalogueFile),
    ...extra,
  });
}

// The entry page is a lazy chunk, transformed on first use: slow on a loaded machine.
describe('a commune user’s entry', { timeout: 15_000 }, () => {
  it('lists the indicators built from units, linked to their own unit’s figure with where it stands, and counts the rest', async () => {
    const fetchMock = signedInCommuneUser({
      'GET /api/observations': () => jsonResponse({ year: 2021, figures: [{ indicatorCode: CODE, state: 'draft', hasPublished: false, returnComment: null }] }),
    });
    renderApp('/entry?year=2021');
    const bluezone = await screen.findByRole('link', { name: 'Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone' });
    expect(bluezone).toHaveAttribute('href', `/entry/${CODE}/2021?unit=tam-thanh`);
    // The unit's own states, not the province's.
    await waitFor(() => expect(bluezone.closest('li')!.textContent).toContain('Bản nháp chờ duyệt'));
    expect(requestedPaths(fetchMock)).toContain('/api/observations?year=2021&unit=tam-thanh');
    expect(await screen.findByText('Tài khoản của bạn nhập số liệu cho Phường Tam Thanh: mỗi chỉ tiêu mở số liệu của đơn vị này.')).toBeInTheDocument();
    // The province-only indicators are left out, and counted: no unit has their figures.
    const others = catalogueFile.indicators.length - 1;
    expect(await screen.findByText(`${others} chỉ tiêu khác chỉ có số liệu cấp tỉnh (không tổng hợp từ xã, phường) nên không có ở đây.`)).toBeInTheDocument();
    expect(screen.queryByText('Xếp hạng Vietnam ICT Index')).not.toBeInTheDocument();
  });

  it('opens their own unit’s figure when the address names another unit, and says so', async () => {
    const fetchMock = signedInCommuneUser({
      [`GET /api/indicators/${CODE}`]: () => jsonResponse(indicatorDetail(CODE)),
      'GET /api/sources': () => jsonResponse(sourceList),
      [`GET /api/indicators/${CODE}/observations/2021`]: () => jsonResponse({ ...newObservation(CODE, 2021), orgUnit: 'tam-thanh' }),
    });
    renderApp(`/entry/${CODE}/2021?unit=tan-doan`);
    expect(
      await screen.findByText('Tài khoản của bạn chỉ nhập số liệu cho Phường Tam Thanh, nên trang này mở số liệu của Phường Tam Thanh.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('Số liệu của Phường Tam Thanh, không phải của cả tỉnh')).toBeInTheDocument();
    await screen.findByRole('button', { name: 'Lưu bản nháp' });
    const observations = requestedPaths(fetchMock).filter((path) => path.includes('/observations/'));
    expect(observations.length).toBeGreaterThan(0);
    expect(observations.every((path) => path.endsWith('?unit=tam-thanh'))).toBe(true);
    expect(requestedPaths(fetchMock).some((path) => path.includes('tan-doan'))).toBe(false);
  });

  it('opens their own unit’s figure, not the province’s, when the address names none', async () => {
    const fetchMock = signedInCommuneUser({
      [`GET /api/indicators/${CODE}`]: () => jsonResponse(indicatorDetail(CODE)),
      'GET /api/sources': () => jsonResponse(sourceList),
      [`GET /api/indicators/${CODE}/observations/2021`]: () => jsonResponse({ ...newObservation(CODE, 2021), orgUnit: 'tam-thanh' }),
    });
    renderApp(`/entry/${CODE}/2021`);
    expect(await screen.findByText('Số liệu của Phường Tam Thanh, không phải của cả tỉnh')).toBeInTheDocument();
    expect(requestedPaths(fetchMock)).not.toContain(`/api/indicators/${CODE}/observations/2021`);
  });

  it('says in Vietnamese that a province-only indicator has no figure for their unit, with the way back', async () => {
    const provinceOnly = catalogueFile.indicators.find((indicator) => indicator.aggregation === 'none')!.code;
    signedInCommuneUser({
      [`GET /api/indicators/${provinceOnly}`]: () => jsonResponse(indicatorDetail(provinceOnly)),
      'GET /api/sources': () => jsonResponse(sourceList),
      // What the server answers: 400 naming `unit`, worded in the language the request asks for.
      [`GET /api/indicators/${provinceOnly}/observations/2021`]: (request) =>
        errorResponse(400, 'validation', {}, { unit: validationMessage('indicator-has-no-units', request.headers['accept-language'] === 'vi' ? 'vi' : 'en') }),
    });
    renderApp(`/entry/${provinceOnly}/2021`);
    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent('Không nhập được số liệu này cho Phường Tam Thanh');
    expect(panel).toHaveTextContent('Chỉ tiêu này chỉ có số liệu cấp tỉnh (định nghĩa không tổng hợp từ xã, phường).');
    expect(panel).not.toHaveTextContent('validation (test)');
    expect(screen.getAllByRole('link', { name: '← Danh sách chỉ tiêu' }).at(-1)).toHaveAttribute('href', '/entry?year=2021');
    expect(screen.queryByRole('button', { name: 'Lưu bản nháp' })).not.toBeInTheDocument();
  });
});
