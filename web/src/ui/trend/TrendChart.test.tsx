import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { overview2020 } from '../../../test/fixture';
import { renderWithProviders } from '../../../test/render';
import { LazyTrendChart } from './LazyTrendChart';
import TrendChart from './TrendChart';

const card = (code: string) => overview2020.cards.find((c) => c.indicator.code === code)!;

// Recharts may draw nothing in happy-dom (no layout): these tests read the screen-reader table.
describe('TrendChart', () => {
  it('gives screen readers the data as a table, formatted in the current language', () => {
    const { indicator, trend } = card('online-services-level4-rate');
    renderWithProviders(<TrendChart indicator={indicator} trend={trend} year={2020} />);
    const table = screen.getByRole('table', { name: 'Số liệu theo năm: Tỷ lệ dịch vụ công trực tuyến mức độ 4' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual(['NămSố liệuMục tiêuLộ trình cần đạt', '202037,6%30%37,6%', '2021100%100%100%']);
  });

  it('loads lazily and renders the table in English', async () => {
    window.localStorage.setItem('kpi.locale', 'en');
    const { indicator, trend } = card('egov-rank');
    renderWithProviders(<LazyTrendChart indicator={indicator} trend={trend} year={2020} />);
    const table = await screen.findByRole('table', { name: /Figures by year: E-government/ });
    const row2019 = within(table).getByRole('rowheader', { name: '2019' }).closest('tr')!;
    expect(within(row2019).getByText('50')).toBeInTheDocument();
  });
});
