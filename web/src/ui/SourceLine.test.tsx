import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { SourceLine } from './SourceLine';

const source = { id: 1, number: '17/NQ-CP', title: 'Nghị quyết về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 – 2020' };

/** happy-dom lays nothing out: make every element report its content wider than its box, or not. */
function textIsCut(cut: boolean) {
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(cut ? 400 : 100);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(100);
}

/** As a browser's: the first call back comes after the element is laid out (happy-dom never calls back). */
class ResizeObserverAfterLayout {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe() {
    setTimeout(() => this.callback([], this as unknown as ResizeObserver), 0);
  }
  unobserve() {}
  disconnect() {}
}

beforeEach(() => vi.stubGlobal('ResizeObserver', ResizeObserverAfterLayout));
afterEach(() => vi.restoreAllMocks());

describe('SourceLine', () => {
  it('on a card, turns a cut line into a button that opens it whole and closes it again', async () => {
    textIsCut(true);
    const { user } = renderWithProviders(<SourceLine source={source} expandable />);
    const button = await screen.findByRole('button', { name: /^Nguồn: 17\/NQ-CP – Nghị quyết/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveClass('card__source--open');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('stays plain text when the line fits, or where nobody can tap it', () => {
    textIsCut(false);
    renderWithProviders(<SourceLine source={source} expandable />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText(/Nguồn:/)).toHaveAttribute('title', `17/NQ-CP – ${source.title}`);
  });

  it('keeps the tooltip and no button without `expandable`, cut or not', () => {
    textIsCut(true);
    renderWithProviders(<SourceLine source={source} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
