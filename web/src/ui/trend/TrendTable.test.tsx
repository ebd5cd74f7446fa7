import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { overviewFor } from '../../../test/fixture';
import { renderWithProviders } from '../../../test/render';
import { withProjection } from './projection-points';
import { TrendTable } from './TrendTable';

const dti = overviewFor(2022).cards.find((card) => card.indicator.code === 'dti-rank')!;

describe('the chart’s table with a projection', () => {
  it('lists the projection in a column of its own, from the latest figure to the target year, each value after the latest figure marked projected', () => {
    const trend = withProjection(dti.trend, dti.outlook);
    renderWithProviders(<TrendTable indicator={dti.indicator} trend={trend} />);
    const table = screen.getByRole('table', { name: /^Số liệu theo năm: Xếp hạng Chỉ số chuyển đổi số/ });
    expect(within(table).getByRole('columnheader', { name: 'Dự báo theo tốc độ hiện nay' })).toBeInTheDocument();
    const row = (year: number) =>
      within(table)
        .getByRole('rowheader', { name: String(year) })
        .closest('tr')!;
    // The line starts at 2022's figure, which is no projection.
    expect(row(2022)).not.toHaveTextContent('dự báo');
    expect(row(2025)).toHaveTextContent('1 (dự báo)');
    expect(row(2021).lastElementChild).toHaveTextContent('—');
  });

  it('has no projection column without a projection', () => {
    renderWithProviders(<TrendTable indicator={dti.indicator} trend={withProjection(dti.trend, { kind: 'too-few' })} />);
    expect(screen.queryByRole('columnheader', { name: 'Dự báo theo tốc độ hiện nay' })).toBeNull();
  });
});
