import type { IndicatorDetail } from '@kpi/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { detailFor } from '../../../test/indicator-fixture';
import { renderWithProviders } from '../../../test/render';
import { SeriesBreakNotice } from './SeriesBreakNotice';

const bluezone = detailFor('bluezone-install-rate');
const rank = detailFor('bluezone-install-rate').indicator;
const withBreak = (seriesBreak: IndicatorDetail['seriesBreak']): IndicatorDetail => ({ ...bluezone, seriesBreak });

describe('a series break', () => {
  it('says on the old indicator which one carries its series on, and why they do not compare', () => {
    const successor = { ...rank, code: 'bluezone-installs', name: { vi: 'Số lượt cài đặt Bluezone', en: 'Bluezone installs' } };
    renderWithProviders(<SeriesBreakNotice detail={withBreak({ continues: null, continuedBy: successor })} />);
    const note = screen.getByText('Ngắt chuỗi số liệu.').closest('p')!;
    expect(note).toHaveTextContent(
      'Ngắt chuỗi số liệu. Chuỗi số liệu này được tiếp tục bởi Số lượt cài đặt Bluezone. Hai chỉ tiêu khác loại hoặc đơn vị tính, nên số liệu của chúng không so sánh trực tiếp được.',
    );
    expect(screen.getByRole('link', { name: 'Số lượt cài đặt Bluezone' })).toHaveAttribute(
      'href',
      `/indicators/bluezone-installs?year=${bluezone.asOf.year}&lang=vi`,
    );
  });

  it('says on the new indicator which series it continues', () => {
    renderWithProviders(<SeriesBreakNotice detail={withBreak({ continues: rank, continuedBy: null })} />);
    expect(screen.getByText('Ngắt chuỗi số liệu.').closest('p')).toHaveTextContent(`Chỉ tiêu này nối tiếp chuỗi số liệu của ${rank.name.vi}.`);
  });

  it('shows nothing where the series is unbroken', () => {
    const { container } = renderWithProviders(<SeriesBreakNotice detail={withBreak({ continues: null, continuedBy: null })} />);
    expect(container).toBeEmptyDOMElement();
  });
});
