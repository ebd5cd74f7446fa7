import type { ScheduleSet } from '@kpi/shared';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, requestedPaths } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { CONTENT_PATH, FakeEventSource, SCREEN_URL, screenContent, stubEventSource } from '../../../test/screen-support';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
/** A morning briefing of one slide, the 2020 headline, Monday to Friday 08:00–09:30 in Vietnam. */
const morning: ScheduleSet = { name: 'Giao ban sáng', days: [...weekdays], start: '08:00', end: '09:30', playlist: [{ type: 'headline' }] };

/** An instant as Vietnam's wall clock; 2026-11-30 is a Monday. */
const vn = (local: string) => new Date(`${local}+07:00`);
const clock = () => screen.queryByRole('timer');
const contentCalls = (fetchMock: ReturnType<typeof mockApi>) => requestedPaths(fetchMock).filter((path) => path.startsWith(CONTENT_PATH)).length;

function openScreen(at: string, outsideSchedule: 'clock' | 'playlist', language: 'vi' | 'en' = 'vi') {
  vi.useFakeTimers({ shouldAdvanceTime: true, now: vn(at) });
  const fetchMock = mockApi({ [`GET ${CONTENT_PATH}`]: () => jsonResponse(screenContent({ screen: { schedule: [morning], outsideSchedule, language } })) });
  renderApp(SCREEN_URL);
  return fetchMock;
}

beforeAll(async () => {
  await import('./ScreenPage');
});
beforeEach(() => {
  stubEventSource();
});
afterEach(() => {
  vi.useRealTimers();
  document.documentElement.removeAttribute('data-theme');
});

describe('a screen with a schedule', () => {
  it('shows the dimmed clock with the date in Vietnamese before its hours, and no figures', async () => {
    openScreen('2026-11-30T07:59:30', 'clock');
    expect(await screen.findByRole('timer', { name: 'Ngoài giờ trình chiếu: đồng hồ' })).toHaveTextContent('07:59');
    expect(clock()).toHaveTextContent('Thứ Hai, 30/11/2026');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(document.querySelector('.screen__page')).toBeNull();
    // Still listening, so the set starts with current figures.
    expect(FakeEventSource.current?.url).toBe('/api/screens/7/events?token=secret-token');
  });

  it('writes the clock’s date in English on an English screen', async () => {
    openScreen('2026-12-03T19:00:00', 'clock', 'en');
    expect(await screen.findByRole('timer', { name: 'Outside showing hours: clock' })).toHaveTextContent('Thursday, 03/12/2026');
    expect(clock()).toHaveTextContent('19:00');
  });

  it('turns the clock’s minute as it passes', async () => {
    openScreen('2026-11-30T07:58:40', 'clock');
    expect(await screen.findByRole('timer')).toHaveTextContent('07:58');
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(clock()).toHaveTextContent('07:59');
  });

  it('switches from the clock to the set at 08:00 sharp and back at 09:30, without a reload', async () => {
    const fetchMock = openScreen('2026-11-30T07:59:50', 'clock');
    await screen.findByRole('timer');
    const calls = contentCalls(fetchMock);
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(await screen.findByRole('heading', { level: 2, name: 'Kết quả nổi bật năm 2020' })).toBeInTheDocument();
    expect(clock()).toBeNull();
    // The set's one slide, not the playlist's three.
    expect(document.querySelector('.screen__page:not([hidden]) .screen-progress__count')?.textContent).toBe('1/1');
    // Its own timer, not a fetch (the minute's poll is not due yet), made the change.
    expect(contentCalls(fetchMock)).toBe(calls);
    await act(() => vi.advanceTimersByTimeAsync(90 * 60_000));
    await waitFor(() => expect(clock()).toHaveTextContent('09:30'));
  });

  it('plays the playlist outside its hours unless the clock is chosen', async () => {
    openScreen('2026-11-30T09:29:50', 'playlist');
    await waitFor(() => expect(document.querySelector('.screen__page:not([hidden]) .screen-progress__count')?.textContent).toBe('1/1'));
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    await waitFor(() => expect(document.querySelector('.screen__page:not([hidden]) .screen-progress__count')?.textContent).toBe('1/3'));
    expect(clock()).toBeNull();
  });
});
