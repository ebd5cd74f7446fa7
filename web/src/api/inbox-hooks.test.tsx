import type { Inbox } from '@kpi/shared';
import { focusManager, QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockApi, requestedPaths } from '../../test/api';
import { createQueryClient } from '../app/query-client';
import { INBOX_POLL_MS, useInboxQuery } from './inbox-hooks';

const inbox: Inbox = {
  today: '2026-01-20',
  dueDays: 14,
  counts: { overdue: 0, 'due-soon': 0, 'awaiting-approval': 0, returned: 0, worsened: 0, 'action-due': 0 },
  items: [],
};

function Count() {
  const query = useInboxQuery();
  return <span>{query.data ? 'loaded' : 'loading'}</span>;
}

const inboxCalls = (fetchMock: ReturnType<typeof mockApi>) => requestedPaths(fetchMock).filter((p) => p === '/api/inbox').length;

afterEach(() => {
  vi.useRealTimers();
  focusManager.setFocused(undefined);
});

describe('useInboxQuery', () => {
  it('is not fetched again when the header remounts on a page change, nor on focus, within the poll interval', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fetchMock = mockApi({ 'GET /api/inbox': () => jsonResponse(inbox) });
    // The app's own client: its defaults are what the hook overrides.
    const queryClient: QueryClient = createQueryClient();
    const page = () => (
      <QueryClientProvider client={queryClient}>
        <Count />
      </QueryClientProvider>
    );
    const first = render(page());
    await waitFor(() => expect(first.getByText('loaded')).toBeTruthy());
    expect(inboxCalls(fetchMock)).toBe(1);
    first.unmount();

    // Two minutes later (past the app's one-minute default), the next page's header mounts.
    await act(() => vi.advanceTimersByTimeAsync(2 * 60_000));
    const second = render(page());
    expect(second.getByText('loaded')).toBeTruthy();
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(inboxCalls(fetchMock)).toBe(1);

    // The poll still runs.
    await act(() => vi.advanceTimersByTimeAsync(INBOX_POLL_MS));
    await waitFor(() => expect(inboxCalls(fetchMock)).toBe(2));
    second.unmount();
  });
});
