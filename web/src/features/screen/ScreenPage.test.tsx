import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorResponse, jsonResponse, mockApi, requestedPaths } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { CONTENT_PATH, FakeEventSource, SCREEN_URL, screenContent, stubEventSource } from '../../../test/screen-support';

/** The slide on show: every slide stays mounted, the others `hidden`. */
const shownPage = () => document.querySelector<HTMLElement>('.screen__page:not([hidden])');
const shown = () => within(shownPage()!);
const progress = () => shownPage()?.querySelector('.screen-progress__count')?.textContent;
/** Waits for text on the slide on show (the same figure is on other slides too, hidden). */
const findShownText = (text: string) => waitFor(() => shown().getByText(text));
const contentCalls = (fetchMock: ReturnType<typeof mockApi>) => requestedPaths(fetchMock).filter((path) => path.startsWith(CONTENT_PATH)).length;

beforeAll(async () => {
  // The page is a lazy chunk: load it once here rather than inside the first test's time limit.
  await import('./ScreenPage');
});
beforeEach(() => {
  stubEventSource();
});
afterEach(() => {
  vi.useRealTimers();
  document.documentElement.removeAttribute('data-theme');
});

describe('ScreenPage', () => {
  it('shows the playlist full screen in the screen’s language and theme, whatever the reader chose', async () => {
    window.localStorage.setItem('kpi.locale', 'en');
    mockApi({ [`GET ${CONTENT_PATH}`]: () => jsonResponse(screenContent()) });
    renderApp(SCREEN_URL);

    expect(await screen.findByRole('heading', { level: 2, name: 'Kết quả nổi bật năm 2020' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('vi'));
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(document.documentElement.classList.contains('screen-mode')).toBe(true);
    expect(progress()).toBe('1/3');
    // Figures in Vietnamese formats, status as icon and word, and when the data changed and was approved.
    const services = screen.getByRole('article', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4' });
    expect(within(services).getByText('37,6%')).toBeInTheDocument();
    expect(within(services).getByText('Đạt mục tiêu')).toBeInTheDocument();
    expect(within(services).getByText('✔')).toBeInTheDocument();
    expect(shown().getByText(/Dữ liệu cập nhật lúc 14:05 15\/01\/2021/).textContent).toContain('duyệt lúc 09:30 16/01/2021');
    // The stream is open with the token; no navigation chrome.
    expect(FakeEventSource.current?.url).toBe('/api/screens/7/events?token=secret-token');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(window.__screen).toMatchObject({ index: 0, count: 3, dataVersion: 1 });
  });

  it('speaks English when the screen is set to English', async () => {
    mockApi({ [`GET ${CONTENT_PATH}`]: () => jsonResponse(screenContent({ screen: { language: 'en', theme: 'day' } })) });
    renderApp(SCREEN_URL);
    expect(await screen.findByRole('heading', { level: 2, name: 'Key results 2020' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
    expect(shown().getByText('37.6%')).toBeInTheDocument();
  });

  it('marks a figure its source does not state, as an icon and a word, in the screen’s language', async () => {
    // The ranks derived (as the seed's e-government rank of 2019 is), the rest as stated.
    const derivedRanks = (language: 'vi' | 'en') =>
      screenContent({ screen: { language }, figure: (f) => (f.kind === 'rank' ? { ...f, basis: 'derived' } : f) });
    for (const [language, egov, services, word] of [
      ['vi', 'Xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử', 'Tỷ lệ dịch vụ công trực tuyến mức độ 4', 'Suy ra'],
      ['en', 'E-government (ICT application) ranking', 'Level-4 online public services', 'Derived'],
    ] as const) {
      mockApi({ [`GET ${CONTENT_PATH}`]: () => jsonResponse(derivedRanks(language)) });
      const { unmount } = renderApp(SCREEN_URL);
      const rank = within(await screen.findByRole('article', { name: egov }));
      expect(rank.getByText(word)).toBeInTheDocument();
      expect(rank.getByText('∴')).toBeInTheDocument();
      expect(screen.getByRole('article', { name: services }).querySelector('.basis-mark')).toBeNull();
      unmount();
    }
  });

  it('turns the slides every secondsPerSlide', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    mockApi({ [`GET ${CONTENT_PATH}`]: () => jsonResponse(screenContent()) });
    renderApp(SCREEN_URL);
    await screen.findByRole('heading', { level: 2, name: 'Kết quả nổi bật năm 2020' });
    expect(progress()).toBe('1/3');

    // Every slide is mounted once; a turn only changes which one is shown (no slide is rebuilt).
    const pages = [...document.querySelectorAll('.screen__page')];
    expect(pages).toHaveLength(3);
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(progress()).toBe('2/3');
    expect([...document.querySelectorAll('.screen__page')]).toEqual(pages);
    expect(pages.map((page) => (page as HTMLElement).hidden)).toEqual([true, false, true]);
    expect(screen.getByRole('heading', { level: 2, name: 'Chính quyền điện tử – năm 2020' })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(progress()).toBe('3/3');
    expect(screen.getByRole('heading', { level: 2, name: 'Xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử' })).toBeInTheDocument();
    expect(shown().getByText('26/63')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(progress()).toBe('1/3');
  });

  it('turns only on demand with advance=manual, through window.__screen', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    mockApi({ [`GET ${CONTENT_PATH}`]: () => jsonResponse(screenContent()) });
    renderApp(`${SCREEN_URL}&advance=manual`);
    await screen.findByRole('heading', { level: 2, name: 'Kết quả nổi bật năm 2020' });
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(progress()).toBe('1/3');
    act(() => window.__screen!.advance());
    expect(progress()).toBe('2/3');
    expect(window.__screen).toMatchObject({ step: 1, index: 1 });
  });

  it('refetches on a `changed` event and shows the newly published figure', async () => {
    const later = screenContent({ dataVersion: 2, figure: (f) => (f.kind === 'value' && f.year === 2020 ? { ...f, value: 41.2 } : f) });
    const fetchMock = mockApi({ [`GET ${CONTENT_PATH}`]: [() => jsonResponse(screenContent()), () => jsonResponse(later)] });
    renderApp(SCREEN_URL);
    await findShownText('37,6%');
    act(() => FakeEventSource.current!.connect(1));
    expect(contentCalls(fetchMock)).toBe(1);

    act(() => FakeEventSource.current!.emit('changed', { dataVersion: 2 }));
    expect(await findShownText('41,2%')).toBeInTheDocument();
    expect(contentCalls(fetchMock)).toBe(2);
    // On every slide, the one on show and the hidden ones alike.
    expect(screen.queryAllByText('37,6%')).toHaveLength(0);
    // The refetch replaced the screen's one cache entry rather than adding one (the soak benchmark reads this).
    expect(window.__screen!.cachedQueries()).toBe(1);
  });

  it('refetches on a `settings` event: a new playlist and language apply without a reload', async () => {
    const english = screenContent({ screen: { language: 'en', playlist: [{ type: 'indicator', code: 'egov-rank' }] } });
    mockApi({ [`GET ${CONTENT_PATH}`]: [() => jsonResponse(screenContent()), () => jsonResponse(english)] });
    renderApp(SCREEN_URL);
    await screen.findByText('1/3');
    act(() => FakeEventSource.current!.emit('settings', {}));
    expect(await screen.findByRole('heading', { level: 2, name: 'E-government (ICT application) ranking' })).toBeInTheDocument();
    expect(progress()).toBe('1/1');
  });

  it('shows the disabled message for a wrong or revoked token, and stops listening', async () => {
    mockApi({ [`GET ${CONTENT_PATH}`]: () => errorResponse(401, 'screen-disabled') });
    renderApp(SCREEN_URL);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Màn hình đã bị vô hiệu hóa' })).toBeInTheDocument();
    expect(within(alert).getByText('Màn hình số 7')).toBeInTheDocument();
    expect(within(alert).getByText(/liên hệ quản trị viên/)).toBeInTheDocument();
    expect(within(alert).getByText(/This screen has been disabled/)).toBeInTheDocument();
    await waitFor(() => expect(FakeEventSource.open()).toHaveLength(0));
  });

  it('shows the disabled message when the stream says the token was revoked', async () => {
    mockApi({ [`GET ${CONTENT_PATH}`]: () => jsonResponse(screenContent()) });
    renderApp(SCREEN_URL);
    await findShownText('37,6%');
    act(() => FakeEventSource.current!.emit('disabled', {}));
    expect(await screen.findByRole('heading', { name: 'Màn hình đã bị vô hiệu hóa' })).toBeInTheDocument();
    expect(screen.queryByText('37,6%')).not.toBeInTheDocument();
    expect(FakeEventSource.open()).toHaveLength(0);
  });

  it('shows a pairing code when the address has no token and none is stored, then starts the playlist once an admin pairs it', async () => {
    localStorage.clear();
    let paired = false;
    const fetchMock = mockApi({
      'POST /api/screen-pairings': () => jsonResponse({ code: 'K7P-4QXM', secret: 'device-secret', expiresAt: '2030-01-01T00:10:00Z' }, 201),
      'GET /api/screen-pairings/current': (request) => {
        expect(request.headers['x-pairing-secret']).toBe('device-secret');
        return jsonResponse(paired ? { state: 'paired', screenId: 7, token: 'paired-token' } : { state: 'waiting', expiresAt: '2030-01-01T00:10:00Z' });
      },
      [`GET ${CONTENT_PATH}`]: () => jsonResponse(screenContent()),
    });
    renderApp('/screen');
    expect(await screen.findByText('K7P-4QXM')).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: 'Mã QR mở trang ghép nối của quản trị viên' })).toBeInTheDocument();
    expect(contentCalls(fetchMock)).toBe(0);
    paired = true;
    await screen.findByRole('heading', { level: 2, name: 'Kết quả nổi bật năm 2020' }, { timeout: 5_000 });
    expect(requestedPaths(fetchMock)).toContain(`${CONTENT_PATH}?token=paired-token`);
    expect(JSON.parse(localStorage.getItem('kpi.screen')!)).toEqual({ id: 7, token: 'paired-token' });
  });

  it('forgets a stored token that was revoked and shows a pairing code again', async () => {
    localStorage.setItem('kpi.screen', JSON.stringify({ id: 7, token: 'old-token' }));
    mockApi({
      'POST /api/screen-pairings': () => jsonResponse({ code: 'ABC-DEFG', secret: 's', expiresAt: '2030-01-01T00:10:00Z' }, 201),
      'GET /api/screen-pairings/current': () => jsonResponse({ state: 'waiting', expiresAt: '2030-01-01T00:10:00Z' }),
      [`GET ${CONTENT_PATH}`]: () => errorResponse(401, 'screen-disabled'),
    });
    renderApp('/screen');
    expect(await screen.findByText('ABC-DEFG')).toBeInTheDocument();
    expect(localStorage.getItem('kpi.screen')).toBeNull();
  });

  it('keeps the last data with a “connection lost” badge when the server goes, and recovers by itself', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: new Date('2026-03-02T03:04:00Z') });
    let serverUp = true;
    mockApi({
      [`GET ${CONTENT_PATH}`]: () => {
        if (!serverUp) throw new TypeError('Failed to fetch');
        return jsonResponse(screenContent());
      },
    });
    // Turned by hand, so the headline stays on while the minutes pass.
    renderApp(`${SCREEN_URL}&advance=manual`);
    await findShownText('37,6%');
    act(() => FakeEventSource.current!.connect(1));
    await act(() => vi.advanceTimersByTimeAsync(5 * 60_000));

    // The server stops: the stream fails, the refetch it asks for fails.
    serverUp = false;
    const first = FakeEventSource.current!;
    act(() => first.fail());
    const badge = await screen.findByRole('status');
    // The time of the data on show, the same as the slide's footer gives: one time for the room.
    const footer = shown()
      .getByText(/^Dữ liệu cập nhật lúc/)
      .textContent!.match(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/)![0];
    expect(badge.textContent).toBe(`⚠Mất kết nối · dữ liệu cập nhật lúc ${footer}`);
    expect(shown().getByText('37,6%')).toBeInTheDocument();
    expect(first.closed).toBe(true);

    // Reconnection with backoff: 1 s, then 2 s; never two streams at once.
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(FakeEventSource.instances).toHaveLength(2);
    act(() => FakeEventSource.current!.fail());
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(FakeEventSource.instances).toHaveLength(2);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(FakeEventSource.instances).toHaveLength(3);
    expect(FakeEventSource.open()).toHaveLength(1);

    // The server is back: the stream opens, the content is fetched again, the badge goes.
    serverUp = true;
    act(() => FakeEventSource.current!.connect(1));
    await waitFor(() => expect(screen.queryByText(/Mất kết nối/)).not.toBeInTheDocument());
    expect(shown().getByText('37,6%')).toBeInTheDocument();
  });

  it('waits for a server that does not answer yet, then shows the slides', async () => {
    let serverUp = false;
    mockApi({
      [`GET ${CONTENT_PATH}`]: () => {
        if (!serverUp) throw new TypeError('Failed to fetch');
        return jsonResponse(screenContent());
      },
    });
    renderApp(SCREEN_URL);
    expect(await screen.findByText('Đang kết nối tới máy chủ…')).toBeInTheDocument();
    expect(screen.getByText('Mất kết nối')).toBeInTheDocument();
    serverUp = true;
    act(() => FakeEventSource.current!.connect(1));
    expect(await findShownText('37,6%')).toBeInTheDocument();
    expect(screen.queryByText('Mất kết nối')).not.toBeInTheDocument();
  });

  it('closes the stream and the timers when the page goes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    mockApi({ [`GET ${CONTENT_PATH}`]: () => jsonResponse(screenContent()) });
    const { unmount } = renderApp(SCREEN_URL);
    await findShownText('37,6%');
    act(() => FakeEventSource.current!.fail());
    unmount();
    expect(FakeEventSource.open()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeEventSource.instances).toHaveLength(1);
    expect(document.documentElement.classList.contains('screen-mode')).toBe(false);
    expect(window.__screen).toBeUndefined();
  });
});
