import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { indicatorList, orgUnitList, users } from '../../../test/work-fixture';

describe('SessionNav', () => {
  it('keeps the year on screen from entry to the overview and the review, and back', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse({ user: users.analyst }),
      'GET /api/indicators': () => jsonResponse(indicatorList),
    });
    renderApp('/entry?year=2021');
    // The signed-in links arrive with their own chunk: the page's header is in place by then.
    expect(await screen.findByRole('link', { name: 'Nhập số liệu' })).toHaveAttribute('href', '/entry?year=2021');
    const nav = screen.getByRole('navigation', { name: 'Các trang' });
    expect(screen.getByRole('link', { name: 'Tổng quan' })).toHaveAttribute('href', '/?year=2021');
    expect(nav).toContainElement(screen.getByRole('link', { name: 'Báo cáo năm' }));
    expect(screen.getByRole('link', { name: 'Báo cáo năm' })).toHaveAttribute('href', '/review?year=2021');
  });

  it('names a commune user’s unit beside their name, linked to the overview of that unit', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse({ user: users.commune }),
      'GET /api/org-units': () => jsonResponse(orgUnitList),
    });
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Các trang' });
    await waitFor(() => expect(nav.textContent).toContain('Phạm Thị Hoa · Phường Tam Thanh (Chuyên viên nhập liệu)'));
    const unit = within(nav).getByRole('link', { name: 'Phường Tam Thanh' });
    expect(unit).toHaveAttribute('href', '/?unit=tam-thanh');
    expect(unit).toHaveAttribute('title', 'Tổng quan của Phường Tam Thanh');
  });
});
