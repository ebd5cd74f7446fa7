import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

describe('switching to a language whose words are still loading', () => {
  it('keeps the page in the old language, not a loading state, then shows it in the new one', async () => {
    // The test setup loads English at once: here the app's modules start afresh, and English's
    // words arrive only when the test lets them, as their chunk does on a slow line.
    vi.resetModules();
    let asked = () => {};
    let arrive = () => {};
    const requested = new Promise<void>((resolve) => (asked = resolve));
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    vi.doMock('./en', async (importOriginal) => {
      asked();
      await arrived;
      return importOriginal();
    });
    const { mockFetch } = await import('../../test/api');
    const { renderApp } = await import('../../test/render');
    const { loadDictionary } = await import('./dictionaries');
    mockFetch();
    const { location } = renderApp('/?year=2020');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Kết quả năm 2020' });

    const english = within(screen.getByRole('banner')).getByRole('button', { name: 'English' });
    await act(async () => english.click());
    await requested;
    expect(heading).toBeVisible();
    expect(screen.queryByText('Đang tải số liệu…')).toBeNull();
    expect(new URLSearchParams(location().search).get('lang')).toBeNull();

    await act(async () => {
      arrive();
      await loadDictionary('en');
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Results for 2020' })).toBeVisible();
    expect(new URLSearchParams(location().search).get('lang')).toBe('en');
    expect(new URLSearchParams(location().search).get('year')).toBe('2020');
  });
});
