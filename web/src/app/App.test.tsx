import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../test/api';
import { renderApp } from '../../test/render';

describe('App routes', () => {
  it('shows a translated not-found page for unknown addresses', async () => {
    mockFetch();
    renderApp('/no-such-page');
    expect(screen.getByRole('heading', { level: 2, name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang tổng quan' }).getAttribute('href')).toBe('/');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Chỉ tiêu Thông tin và Truyền thông tỉnh Lạng Sơn');
    expect(screen.getByText('Sở Khoa học và Công nghệ tỉnh Lạng Sơn')).toBeInTheDocument();
  });
});
