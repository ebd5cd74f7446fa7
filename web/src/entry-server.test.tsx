import { act, waitFor } from '@testing-library/react';
import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { render } from './entry-server';
import { serverPageFits } from './app/hydration';
import { catalogue, dashboardFor, indicators } from '../test/fixture';
import { fakeViewport } from '../test/viewport';
import { mockFetch, requestedPaths } from '../test/api';
import { users } from '../test/work-fixture';
import { buildAsOf, buildSeries, buildTrend, type IndicatorDetail } from '@kpi/shared';
import { testGroups } from '@kpi/shared/testing';

const overview2020 = { dashboard: dashboardFor(2020), catalogue };

function detailOf(code: string, year: number): IndicatorDetail {
  const data = indicators.find((d) => d.indicator.code === code)!;
  return {
    indicator: data.indicator,
    series: buildSeries(data),
    targets: data.targets,
    sources: [],
    trend: buildTrend(data.figures, data.targets),
    asOf: buildAsOf(data, year),
    replacement: null,
    seriesBreak: { continues: null, continuedBy: null },
  };
}

/** Puts the server's page in the document at its address and hydrates it as main.tsx does. */
async function hydrateServerPage(url: string, page: { html: string; state: string }) {
  window.history.replaceState(null, '', url);
  const container = document.createElement('div');
  container.innerHTML = page.html;
  document.body.append(container);
  const recoverable = vi.fn();
  const client = createQueryClient();
  hydrate(client, JSON.parse(page.state));
  const root = await act(async () =>
    hydrateRoot(
      container,
      <StrictMode>
        <App queryClient={client} />
      </StrictMode>,
      { onRecoverableError: recoverable },
    ),
  );
  return { container, recoverable, unmount: () => act(() => root.unmount()) };
}

afterEach(() => {
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

describe('the server renderer', () => {
  it('puts every card’s figure, status and target of the year in the first HTML', () => {
    const page = render({ url: '/?year=2020', user: null, overview: overview2020 });
    expect(page.html).toContain('Kết quả năm 2020');
    // The Bluezone rate of the 2020 report, as vi-VN writes it, and a status in words.
    expect(page.html).toContain('29,71%');
    expect(page.html).toContain('Đạt mục tiêu');
    expect(page.html).toContain('Mục tiêu');
    expect(page.title).toBe('Chỉ tiêu Thông tin và Truyền thông – Lạng Sơn');
  });

  it('renders in English when the address says so, with an English title', () => {
    const page = render({ url: '/?year=2020&lang=en', user: null, overview: overview2020 });
    expect(page.html).toContain('Results for 2020');
    expect(page.html).toContain('29.71%');
    expect(page.title).toMatch(/^ICT indicators/);
  });

  it('escapes the state so a note with a closing script tag cannot end its element', () => {
    const dashboard = dashboardFor(2020);
    const tricky = {
      ...dashboard,
      cards: dashboard.cards.map((card, i) => (i === 0 && card.figure ? { ...card, figure: { ...card.figure, note: '</script><b>x' } } : card)),
    };
    const page = render({ url: '/?year=2020', user: null, overview: { dashboard: tricky, catalogue } });
    expect(page.state).not.toContain('</script>');
    expect(JSON.stringify(JSON.parse(page.state))).toContain('</script><b>x');
  });

  it('is hydrated in the browser without a mismatch and without asking the API again', async () => {
    const fetchMock = mockFetch();
    const page = render({ url: '/?year=2020', user: null, overview: overview2020 });
    const { container, recoverable, unmount } = await hydrateServerPage('/?year=2020', page);
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.textContent).toContain('29,71%');
    expect(requestedPaths(fetchMock)).toEqual([]);
    unmount();
  });

  it('hydrates a signed-in reader’s page without an unfinished boundary, then adds their work links', async () => {
    mockFetch();
    const page = render({ url: '/?year=2020', user: users.analyst, overview: overview2020 });
    // The header's signed-in parts are lazy: the server cannot render them, so it leaves them out
    // (a boundary left unfinished would be React's error 419 when hydrated).
    expect(page.html).toContain('Nguyễn Thị Lan');
    expect(page.html).not.toContain('<!--$!-->');
    const { container, recoverable, unmount } = await hydrateServerPage('/?year=2020', page);
    expect(recoverable).not.toHaveBeenCalled();
    await waitFor(() => expect(container.querySelector('a[href^="/entry"]')).not.toBeNull());
    expect(container.textContent).toContain('Đăng xuất');
    unmount();
  });

  it('is rendered afresh, not hydrated, for a reader who saved another language than the page’s', () => {
    expect(serverPageFits('vi', '?year=2020', undefined)).toBe(true);
    expect(serverPageFits('vi', '?year=2020', 'vi')).toBe(true);
    expect(serverPageFits('vi', '?year=2020', 'en')).toBe(false);
    // The address's language wins over the saved one, on the server as in the browser.
    expect(serverPageFits('en', '?lang=en', 'vi')).toBe(true);
    expect(serverPageFits('vi', '?lang=en', undefined)).toBe(false);
  });

  it('renders an indicator’s page with its figure and hydrates it as it is', async () => {
    const fetchMock = mockFetch();
    const page = render({
      url: '/indicators/bluezone-install-rate?year=2020',
      user: null,
      indicator: detailOf('bluezone-install-rate', 2020),
      groups: testGroups,
    });
    expect(page.html).toContain('Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone');
    // The groups come with the page, so its first HTML names the indicator's group from data.
    expect(page.html).toContain('Xã hội số');
    expect(page.html).toContain('29,71%');
    const viewport = fakeViewport();
    const { recoverable, unmount } = await hydrateServerPage('/indicators/bluezone-install-rate?year=2020', page);
    expect(recoverable).not.toHaveBeenCalled();
    // Nothing the server's page carries is asked again. The breakdown by commune and the year's
    // analysis and actions are not in it: their sections load with their own chunks and data once
    // the page is hydrated and the reader comes near them, and not before.
    await waitFor(() => expect(viewport.waiting()).toBeGreaterThanOrEqual(2));
    expect(requestedPaths(fetchMock)).toEqual([]);
    await viewport.scrollThrough();
    await waitFor(() =>
      expect(new Set(requestedPaths(fetchMock))).toEqual(
        new Set(['/api/indicators/bluezone-install-rate/units?year=2020', '/api/indicators/bluezone-install-rate/commentary/2020']),
      ),
    );
    unmount();
  });
});
