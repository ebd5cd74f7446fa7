import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockApi } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { indicatorList, users } from '../../../test/work-fixture';

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
});
