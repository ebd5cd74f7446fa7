import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/render';
import { mockFetch } from '../../../test/api';
import { initComfort, readComfort, TEXT_SIZE_STORAGE_KEY, THEME_STORAGE_KEY } from './preferences';

const html = document.documentElement;

/** The system's colour-scheme preference, as matchMedia reports it. */
function systemPrefersDark(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: dark && query === '(prefers-color-scheme: dark)', media: query }));
}

afterEach(() => {
  html.removeAttribute('data-theme');
  html.removeAttribute('data-text-size');
});

describe('night mode and text size, remembered', () => {
  it('defaults to the system’s colour scheme and normal text when nothing is remembered', () => {
    systemPrefersDark(true);
    expect(readComfort()).toEqual({ theme: 'dark', textSize: 'normal' });
    systemPrefersDark(false);
    expect(readComfort()).toEqual({ theme: 'light', textSize: 'normal' });
  });

  it('applies what was remembered before anything renders, over the system’s scheme, ignoring junk', () => {
    systemPrefersDark(true);
    window.localStorage.setItem(THEME_STORAGE_KEY, 'light');
    window.localStorage.setItem(TEXT_SIZE_STORAGE_KEY, 'large');
    initComfort();
    expect(html.getAttribute('data-theme')).toBe('light');
    expect(html.getAttribute('data-text-size')).toBe('large');

    window.localStorage.setItem(THEME_STORAGE_KEY, 'purple');
    window.localStorage.setItem(TEXT_SIZE_STORAGE_KEY, '300%');
    initComfort();
    expect(html.getAttribute('data-theme')).toBe('dark');
    expect(html.getAttribute('data-text-size')).toBe('normal');
  });

  it('switches from the header, says which is on, and is still so after a reload', async () => {
    systemPrefersDark(false);
    mockFetch();
    initComfort();
    const { user, unmount } = renderApp('/?year=2020');
    const night = await screen.findByRole('button', { name: 'Chế độ tối' });
    expect(night.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'Cỡ chữ mặc định' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(night);
    await user.click(screen.getByRole('button', { name: 'Tăng cỡ chữ' }));
    expect(night.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Tăng cỡ chữ' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Cỡ chữ mặc định' }).getAttribute('aria-pressed')).toBe('false');
    expect(html.getAttribute('data-theme')).toBe('dark');
    expect(html.getAttribute('data-text-size')).toBe('large');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(window.localStorage.getItem(TEXT_SIZE_STORAGE_KEY)).toBe('large');

    // A reload: the attributes go with the old document, main.tsx applies storage again.
    unmount();
    html.removeAttribute('data-theme');
    html.removeAttribute('data-text-size');
    initComfort();
    expect(html.getAttribute('data-theme')).toBe('dark');
    expect(html.getAttribute('data-text-size')).toBe('large');
    renderApp('/?year=2020');
    expect((await screen.findByRole('button', { name: 'Chế độ tối' })).getAttribute('aria-pressed')).toBe('true');
  });

  it('names the controls in English too', async () => {
    mockFetch();
    initComfort();
    renderApp('/?year=2020&lang=en');
    expect(await screen.findByRole('button', { name: 'Night mode' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Smaller text' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Larger text' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
  });

  it('skips to the page’s content from the first link', async () => {
    mockFetch();
    const { user } = renderApp('/?year=2020');
    const skip = await screen.findByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    await user.tab();
    expect(document.activeElement).toBe(skip);
    await user.click(skip);
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});
