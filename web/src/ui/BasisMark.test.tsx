import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { BasisMark, withBasisWord } from './BasisMark';

describe('BasisMark', () => {
  it('marks a derived figure with an icon and the word, in Vietnamese first', async () => {
    renderWithProviders(<BasisMark basis="derived" />);
    const mark = await screen.findByText('Suy ra');
    expect(mark).toHaveClass('basis-mark', 'basis-mark--derived');
    expect(mark).toHaveAttribute('title', expect.stringMatching(/suy ra từ số liệu nguồn nêu/));
    // The icon is decoration; the word is what a screen reader says.
    expect(mark.querySelector('[aria-hidden="true"]')).toHaveTextContent('∴');
  });

  it('says "Assumed" to a reader of English', async () => {
    renderWithProviders(<BasisMark basis="assumed" />, '/?lang=en');
    expect(await screen.findByText('Assumed')).toHaveAttribute('title', expect.stringMatching(/it is assumed/));
  });

  it('leaves a stated figure unmarked', () => {
    const { container } = renderWithProviders(<BasisMark basis="stated" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('puts the word after a figure in plain text, and nothing after a stated one', () => {
    const words = { derived: 'Suy ra', assumed: 'Giả định' };
    expect(withBasisWord('Hạng 9', 'derived', words)).toBe('Hạng 9 (Suy ra)');
    expect(withBasisWord('Hạng 9', 'stated', words)).toBe('Hạng 9');
  });
});
