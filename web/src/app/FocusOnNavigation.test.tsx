import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../test/api';
import { renderApp } from '../../test/render';

describe('focus on navigation', () => {
  it('leaves focus alone on the first page, then moves it to the new page’s heading after a link', async () => {
    mockFetch();
    const { user, location } = renderApp('/no-such-page');
    expect(document.body).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Về trang tổng quan' }));
    expect(location().pathname).toBe('/');
    // The overview's heading comes with its data: focus waits for it.
    const heading = await screen.findByRole('heading', { level: 2, name: /^Kết quả năm/ });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('keeps focus where it is when only the query changes (another year)', async () => {
    mockFetch();
    const { user, location } = renderApp('/?year=2020');
    await screen.findByRole('heading', { level: 2, name: 'Kết quả năm 2020' });
    const year = screen.getByRole('combobox', { name: 'Năm' });
    await user.selectOptions(year, '2019');
    await waitFor(() => expect(location().search).toContain('year=2019'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Kết quả năm 2019' })).not.toHaveFocus();
    expect(year).toHaveFocus();
  });
});
