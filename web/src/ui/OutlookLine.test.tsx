import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { overviewFor } from '../../test/fixture';
import { renderWithProviders } from '../../test/render';
import { IndicatorCard } from '../features/overview/IndicatorCard';
import type { DashboardCard, Outlook } from '@kpi/shared';
import { OutlookLine } from './OutlookLine';

const cardOf = (code: string, year: number): DashboardCard => {
  const found = overviewFor(year).cards.find((card) => card.indicator.code === code);
  if (!found) throw new Error(`no card ${code} in ${year}`);
  return found;
};
const percent = cardOf('online-services-level4-rate', 2020).indicator;
const dti = cardOf('dti-rank', 2021).indicator;
const projection = (extra: Partial<Extract<Outlook, { kind: 'projection' }>>): Outlook => ({
  kind: 'projection',
  from: { year: 2020, value: 14 },
  targetYear: 2025,
  expected: 24,
  held: false,
  meetsTarget: false,
  reachedIn: 2038,
  ...extra,
});

describe('the outlook sentence', () => {
  it('says the projection in Vietnamese, tagged as a projection, with the year the target is reached', () => {
    renderWithProviders(<OutlookLine outlook={projection({})} indicator={percent} />);
    const line = screen.getByText(/Với tốc độ hiện nay/);
    expect(line).toHaveTextContent('Dự báo Với tốc độ hiện nay, năm 2025 đạt khoảng 24%, đạt mục tiêu vào năm 2038.');
  });

  it('says "not at this pace", and a value held at a bound says which bound', () => {
    renderWithProviders(<OutlookLine outlook={projection({ reachedIn: null })} indicator={percent} />);
    expect(screen.getByText(/Với tốc độ hiện nay/)).toHaveTextContent('năm 2025 đạt khoảng 24%, không đạt với tốc độ này.');
    renderWithProviders(<OutlookLine outlook={projection({ expected: 100, held: true, meetsTarget: true, reachedIn: 2022 })} indicator={percent} />);
    expect(screen.getByText(/khoảng 100/)).toHaveTextContent('năm 2025 đạt khoảng 100% (tối đa 100%), đạt mục tiêu vào năm 2022.');
  });

  it('reads a rank back as a place among those ranked in the target year, in English too', () => {
    const held = projection({ from: { year: 2021, value: 5 }, expected: 1, held: true, meetsTarget: true, reachedIn: 2021 });
    renderWithProviders(<OutlookLine outlook={held} indicator={dti} />);
    expect(screen.getByText(/Với tốc độ hiện nay/)).toHaveTextContent('năm 2025 đạt khoảng hạng 1/34 (không thể cao hơn hạng 1), đã đạt mục tiêu.');
    renderWithProviders(<OutlookLine outlook={projection({ expected: 7, reachedIn: null })} indicator={dti} />, '/?lang=en');
    expect(screen.getByText(/At the current pace/)).toHaveTextContent(
      'Projection At the current pace, 2025 would reach about rank 7/34, not reached at this pace.',
    );
  });

  it('gives a verdict without a target an icon and a word, not colour alone', () => {
    renderWithProviders(<OutlookLine outlook={{ kind: 'trend', verdict: 'deteriorating', growthPerYear: -0.0123 }} indicator={percent} />);
    const line = screen.getByText(/Đang xấu đi/);
    expect(line).toHaveTextContent('↘ Đang xấu đi (-1,2% mỗi năm)');
    expect(line).toHaveClass('outlook--deteriorating');
  });
});

describe('the card says where the indicator is heading', () => {
  it('gives the ICT Index rank, with no target, its trend: improving since 2016', () => {
    renderWithProviders(<IndicatorCard card={cardOf('ict-index-rank', 2018)} year={2018} />);
    expect(screen.getByText(/Đang cải thiện/)).toHaveTextContent(/^↗ Đang cải thiện \(\+\d+,\d% mỗi năm\)$/);
  });

  it('says "too few figures to judge" for a single figure without a target, never "no data"', () => {
    renderWithProviders(<IndicatorCard card={cardOf('ict-index-rank', 2016)} year={2016} />);
    expect(screen.getByText('Chưa đủ số liệu để đánh giá')).toHaveClass('outlook--too-few');
    expect(screen.queryByText('Chưa có số liệu')).toBeNull();
  });

  it('says the DTI’s projection on its card, and reads its target as a place to hold', () => {
    renderWithProviders(<IndicatorCard card={cardOf('dti-rank', 2022)} year={2022} />);
    expect(screen.getByText(/Với tốc độ hiện nay/)).toHaveTextContent('năm 2025 đạt khoảng hạng 1/34 (không thể cao hơn hạng 1), đã đạt mục tiêu.');
    expect(screen.getByText(/Mục tiêu ≤ hạng 10/)).toBeInTheDocument();
  });
});
