import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { overview2020 } from '../../../test/fixture';
import { renderWithProviders } from '../../../test/render';
import { ScreenTrendChart } from './ScreenTrendChart';

const card = (code: string) => overview2020.cards.find((c) => c.indicator.code === code)!;

/**
 * happy-dom lays nothing out and its ResizeObserver never reports: this one reports a 960×540 box
 * as soon as it observes (or never, with `measured: false`).
 */
function stubResizeObserver({ measured = true } = {}) {
  const disconnect = vi.fn();
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly report: ResizeObserverCallback) {}
      observe() {
        if (measured) this.report([{ contentRect: { width: 960, height: 540 } } as ResizeObserverEntry], this as unknown as ResizeObserver);
      }
      disconnect = disconnect;
    },
  );
  return disconnect;
}

const texts = (container: Element, selector: string) => [...container.querySelectorAll(selector)].map((node) => node.textContent);
/** The y of the label of each point, by its text. */
const labelY = (container: Element, text: string) =>
  Number([...container.querySelectorAll('text')].find((node) => node.textContent === text)!.getAttribute('y'));

describe('ScreenTrendChart', () => {
  it('draws a projection dotted from the latest figure to the target year, named in the legend', () => {
    stubResizeObserver();
    const { indicator, trend } = card('dti-rank');
    const outlook = {
      kind: 'projection',
      from: { year: 2020, value: 16 },
      targetYear: 2025,
      expected: 7,
      held: false,
      meetsTarget: true,
      reachedIn: 2024,
    } as const;
    const { container } = renderWithProviders(<ScreenTrendChart indicator={indicator} trend={trend} year={2020} outlook={outlook} />);
    const chart = container.querySelector('.screen-chart')!;
    expect(texts(chart, '.screen-chart__legend li')).toContain('Dự báo theo tốc độ hiện nay');
    const dotted = [...chart.querySelectorAll('.screen-chart__plot path')].filter(
      (path) => path.getAttribute('stroke') === 'var(--chart-value)' && path.getAttribute('stroke-dasharray'),
    );
    expect(dotted).toHaveLength(1);
    // From 2020 to 2025: one straight segment, two points.
    expect(dotted[0]!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    // The projected end is not labelled as a figure.
    expect(texts(chart, '.screen-chart__plot text')).not.toContain('7');
  });

  it('draws the figures, the path and the targets with their legend, in the reader’s number format', () => {
    stubResizeObserver();
    const { indicator, trend } = card('online-services-level4-rate');
    const { container } = renderWithProviders(<ScreenTrendChart indicator={indicator} trend={trend} year={2020} />);
    const chart = container.querySelector('.screen-chart')!;
    expect(chart.getAttribute('aria-hidden')).toBe('true');
    expect(texts(chart, '.screen-chart__legend li')).toEqual(['Số liệu', 'Lộ trình cần đạt', 'Mục tiêu']);
    const svg = chart.querySelector('.screen-chart__plot svg')!;
    expect(svg.getAttribute('width')).toBe('960');
    // Y ticks from 0, x ticks every year, then each figure on its point.
    expect(texts(svg, 'text')).toEqual(['0%', '25%', '50%', '75%', '100%', '2020', '2021', '37,6%', '100%']);
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
    expect(svg.querySelectorAll('polygon')).toHaveLength(2); // the targets' diamonds
    expect(svg.querySelector('path[stroke-dasharray]')).toBeInTheDocument(); // the path
    expect(svg.querySelectorAll('rect')).toHaveLength(1); // the slide's year
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('puts rank 1 at the top, skips missing years on the line, and names only what it draws', () => {
    stubResizeObserver();
    const { indicator, trend } = card('egov-rank');
    const withGap = [...trend.slice(0, 1), { year: 2018, value: null, basis: null, target: null, expected: null }, ...trend.slice(1)];
    const { container } = renderWithProviders(<ScreenTrendChart indicator={indicator} trend={withGap} year={2022} />);
    expect(texts(container, '.screen-chart__legend li')).toEqual(['Số liệu']);
    expect(texts(container, 'text').slice(0, 7)).toEqual(['1', '10', '20', '30', '40', '50', '60']);
    expect(labelY(container, '1')).toBeLessThan(labelY(container, '60'));
    expect(labelY(container, '26')).toBeLessThan(labelY(container, '53'));
    expect(texts(container, 'text').slice(7, 11)).toEqual(['2017', '2018', '2019', '2020']);
    // One line through the three figures, across 2018.
    const line = container.querySelector('.screen-chart__plot path:not([stroke-dasharray]):not([stroke="var(--chart-axis)"])')!;
    expect(line.getAttribute('d')!.match(/[ML]/g)).toEqual(['M', 'L', 'L']);
    // No band: 2022 has no point on this chart.
    expect(container.querySelectorAll('rect')).toHaveLength(0);
    expect(container.querySelectorAll('polygon, path[stroke-dasharray]')).toHaveLength(0);
  });

  it('marks a figure its source does not state, as an icon and a word above its number, in the screen’s language', () => {
    stubResizeObserver();
    const { indicator, trend } = card('egov-rank');
    // As seeded: the report gives 2020's 26th "up 24 places", so 2019's 50th is derived.
    const derived2019 = trend.map((p) => (p.year === 2019 ? { ...p, basis: 'derived' as const } : p));
    for (const [locale, word] of [
      ['vi', '∴ Suy ra'],
      ['en', '∴ Derived'],
    ] as const) {
      const { container, unmount } = renderWithProviders(<ScreenTrendChart indicator={indicator} trend={derived2019} year={2020} />, `/?lang=${locale}`);
      expect(texts(container, '.screen-chart__basis')).toEqual([word]);
      // Right above 2019's own number, not another year's.
      const mark = container.querySelector('.screen-chart__basis')!;
      // The figure's own label is bold; the axis has a tick "50" too.
      const number = [...container.querySelectorAll('text[font-weight="700"]')].find((node) => node.textContent === '50')!;
      expect(mark.getAttribute('x')).toBe(number.getAttribute('x'));
      expect(Number(mark.getAttribute('y'))).toBeLessThan(Number(number.getAttribute('y')));
      unmount();
    }
    // Stated figures carry no mark.
    const { container } = renderWithProviders(<ScreenTrendChart indicator={indicator} trend={trend} year={2020} />);
    expect(container.querySelectorAll('.screen-chart__basis')).toHaveLength(0);
  });

  it('names no figure when there is none to draw: only the targets', () => {
    stubResizeObserver();
    const { indicator, trend } = card('eid-authentication-rate');
    const { container } = renderWithProviders(<ScreenTrendChart indicator={indicator} trend={trend} year={2020} />);
    expect(texts(container, '.screen-chart__legend li')).toEqual(['Mục tiêu']);
    expect(container.querySelectorAll('.screen-chart__plot circle')).toHaveLength(0);
    expect(container.querySelectorAll('.screen-chart__plot polygon')).toHaveLength(2);
    expect(texts(container, '.screen-chart__plot text')).toEqual(['0%', '10%', '20%', '30%', '40%', '2020', '2025']);
  });

  it('draws nothing until its box is measured, and lets go of its observer when it goes', () => {
    const disconnect = stubResizeObserver({ measured: false });
    const { indicator, trend } = card('egov-rank');
    const { container, unmount } = renderWithProviders(<ScreenTrendChart indicator={indicator} trend={trend} year={2020} />);
    expect(container.querySelector('.screen-chart__plot')!.children).toHaveLength(0);
    unmount();
    expect(disconnect).toHaveBeenCalledTimes(1);
  });
});
