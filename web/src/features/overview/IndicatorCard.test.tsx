import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { overviewFor } from '../../../test/fixture';
import { renderWithProviders } from '../../../test/render';
import { ScreenCard } from '../screen/ScreenCard';
import { IndicatorCard } from './IndicatorCard';

const cardOf = (code: string, year: number) => {
  const found = overviewFor(year).cards.find((card) => card.indicator.code === code);
  if (!found) throw new Error(`no card ${code} in ${year}`);
  return found;
};

describe('an indicator card’s status and year', () => {
  it('says a single figure is too few to judge, with its icon, never that there is no data', () => {
    renderWithProviders(<IndicatorCard card={cardOf('dti-rank', 2020)} year={2020} />);
    const card = screen.getByRole('article', { name: 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)' });
    expect(within(card).getByText('16/63')).toBeInTheDocument();
    const badge = card.querySelector('.status-badge')!;
    expect(badge).toHaveTextContent('◔Chưa đủ số liệu để đánh giá');
    expect(badge).toHaveClass('status--too-few');
    expect(within(card).queryByText('Chưa có số liệu')).toBeNull();
  });

  it('puts an older figure’s year as a badge in the value’s line, and none on a figure of the year', () => {
    renderWithProviders(<IndicatorCard card={cardOf('ict-index-rank', 2020)} year={2020} />);
    const line = screen.getByText('32/63').parentElement!;
    expect(line).toHaveClass('figure__line');
    expect(within(line).getByText('Số liệu năm 2018')).toHaveClass('figure__year--old');

    renderWithProviders(<IndicatorCard card={cardOf('dti-rank', 2022)} year={2022} />);
    const current = screen.getByText('6/63').parentElement!;
    expect(current.querySelector('.figure__year--old')).toBeNull();
  });

  it('does the same on a screen’s tile, in English when the screen speaks it', () => {
    renderWithProviders(<ScreenCard card={cardOf('ict-index-rank', 2020)} year={2020} />, '/?lang=en');
    const line = screen.getByText('32/63').parentElement!;
    expect(within(line).getByText('2018 figure')).toHaveClass('figure__year--old');
  });
});
