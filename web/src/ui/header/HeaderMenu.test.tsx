import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../test/api';
import { renderApp } from '../../../test/render';

// happy-dom applies no stylesheet, so both the button and the controls are in the document: these
// tests check the disclosure's state and focus; the e2e phone spec checks what is seen.
describe('the header’s menu', () => {
  it('is a disclosure naming the year on screen, that Escape closes, giving focus back to its button', async () => {
    mockFetch();
    const { user } = renderApp('/?year=2020');
    const banner = screen.getByRole('banner');
    const button = await within(banner).findByRole('button', { name: 'Năm 2020 Tùy chọn' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(within(panel).getByRole('combobox', { name: 'Năm' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'English' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Chế độ tối' })).toBeInTheDocument();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(panel).getByRole('button', { name: 'Tăng cỡ chữ' }));
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(button);

    // From the keyboard: Enter opens it again.
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('speaks English in English', async () => {
    mockFetch();
    renderApp('/?year=2020&lang=en');
    expect(await within(screen.getByRole('banner')).findByRole('button', { name: 'Year 2020 Options' })).toHaveAttribute('aria-expanded', 'false');
  });
});
