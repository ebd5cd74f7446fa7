import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '../../../test/api';
import { indicatorApi } from '../../../test/indicator-fixture';
import { renderApp } from '../../../test/render';

// The indicator page and its chart are lazy chunks, transformed on first use (see IndicatorPage.test.tsx).
const LAZY_PAGE_TIMEOUT = 15_000;
configure({ asyncUtilTimeout: 10_000 });

describe('the indicator page says where the DTI is heading and how its target is read', { timeout: LAZY_PAGE_TIMEOUT }, () => {
  it('says the projection in one sentence beside the figure, tagged as a projection', async () => {
    mockFetch(indicatorApi);
    renderApp('/indicators/dti-rank?year=2022');
    const summary = await screen.findByRole('region', { name: 'Tình hình năm 2022' });
    const line = within(summary).getByText(/Với tốc độ hiện nay/);
    expect(line).toHaveTextContent('Dự báo Với tốc độ hiện nay, năm 2025 đạt khoảng hạng 1/34 (không thể cao hơn hạng 1), đã đạt mục tiêu.');
  });

  it('says in "why this status" that the "top 10" is a place to hold, and why', async () => {
    mockFetch(indicatorApi);
    renderApp('/indicators/dti-rank?year=2022');
    const heading = await screen.findByRole('heading', { level: 3, name: /^Vì sao được đánh giá/ });
    const row = [...heading.closest('section')!.querySelectorAll('.facts__row')].find(
      (r) => r.querySelector('dt')?.textContent === 'Cách hiểu mục tiêu thứ hạng',
    );
    expect(row?.querySelector('dd')).toHaveTextContent(/^Vị trí cần giữ: hạng 10 trở lên, dù bao nhiêu tỉnh được xếp hạng/);
  });
});
