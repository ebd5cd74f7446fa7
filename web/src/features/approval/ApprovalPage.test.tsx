import { rankFigure } from '@kpi/shared/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, sentBodies } from '../../../test/api';
import { sources } from '../../../test/fixture';
import { renderApp } from '../../../test/render';
import { bluezoneFigure, indicatorList, newObservation, revision, users, withDraft } from '../../../test/work-fixture';

const rank = rankFigure(2021, 5, 63, { source: sources.dti });
const lansDraft = {
  ...revision(bluezoneFigure(2021, 160000, 519755, 2, 30.78), 'draft', users.analyst.username),
  acknowledgedWarnings: ['published-mismatch' as const],
};
const bluezone = withDraft(newObservation('bluezone-install-rate', 2021), lansDraft, revision(bluezoneFigure(2021, 154231, 519755, 1), 'published', 'lan'));
const ownDraft = withDraft(newObservation('dti-rank', 2021), revision(rank, 'draft', users.approver.username));

function openQueue() {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
    'GET /api/indicators': () => jsonResponse(indicatorList),
    'GET /api/drafts': [() => jsonResponse({ drafts: [bluezone, ownDraft] }), () => jsonResponse({ drafts: [ownDraft] })],
    'POST /api/indicators/bluezone-install-rate/observations/2021/publish': () => jsonResponse(bluezone),
    'POST /api/indicators/bluezone-install-rate/observations/2021/return': () => jsonResponse(bluezone),
  });
  return { fetchMock, ...renderApp('/approval') };
}

async function item(name: RegExp) {
  return (await screen.findByRole('heading', { level: 3, name })).closest('article')!;
}

describe('ApprovalPage', () => {
  it('lists each draft beside the published figure, with author, time and acknowledged warnings', async () => {
    openQueue();
    const draft = await item(/Bluezone – năm 2021/);
    expect(within(draft).getByText('30,78% (160.000/519.755), công bố 30,78%')).toBeInTheDocument();
    expect(within(draft).getByText('29,67% (154.231/519.755)')).toBeInTheDocument();
    expect(within(draft).getByText('lan, 09:30 02/03/2021')).toBeInTheDocument();
    expect(within(draft).getByText(/Số công bố khác số tính được/)).toBeInTheDocument();
  });

  it('publishes someone else’s draft with its version, then refetches the queue', async () => {
    const { user, fetchMock } = openQueue();
    const draft = await item(/Bluezone – năm 2021/);
    await user.click(within(draft).getByRole('button', { name: 'Công bố' }));
    expect(sentBodies(fetchMock, 'POST /api/indicators/bluezone-install-rate/observations/2021/publish')).toEqual([{ version: bluezone.version }]);
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: /Bluezone/ })).not.toBeInTheDocument());
  });

  it('disables Publish on one’s own draft and says why', async () => {
    openQueue();
    const own = await item(/DTI/);
    const publish = within(own).getByRole('button', { name: 'Công bố' });
    expect((publish as HTMLButtonElement).disabled).toBe(true);
    const reason = document.getElementById(publish.getAttribute('aria-describedby')!)!;
    expect(reason.textContent).toContain('không thể công bố bản nháp do chính mình nhập');
  });

  it('says so when the draft changed meanwhile (409)', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
      'GET /api/indicators': () => jsonResponse(indicatorList),
      'GET /api/drafts': () => jsonResponse({ drafts: [bluezone] }),
      'POST /api/indicators/bluezone-install-rate/observations/2021/publish': () => errorResponse(409, 'conflict', { current: bluezone }),
    });
    const { user } = renderApp('/approval');
    await user.click(within(await item(/Bluezone – năm 2021/)).getByRole('button', { name: 'Công bố' }));
    expect((await screen.findByRole('alert')).textContent).toContain('vừa được người khác duyệt hoặc sửa');
  });

  it('returns a draft only with a comment', async () => {
    const { user, fetchMock } = openQueue();
    const draft = await item(/Bluezone – năm 2021/);
    await user.click(within(draft).getByRole('button', { name: 'Trả lại' }));
    await user.click(within(draft).getByRole('button', { name: 'Gửi trả lại' }));
    expect(within(draft).getByText('Bắt buộc nhập.')).toBeInTheDocument();
    const route = 'POST /api/indicators/bluezone-install-rate/observations/2021/return';
    expect(sentBodies(fetchMock, route)).toEqual([]);

    await user.type(within(draft).getByLabelText('Lý do trả lại (bắt buộc)'), 'Mẫu số chưa đúng số thuê bao');
    await user.click(within(draft).getByRole('button', { name: 'Gửi trả lại' }));
    expect(sentBodies(fetchMock, route)).toEqual([{ version: bluezone.version, comment: 'Mẫu số chưa đúng số thuê bao' }]);
  });
});
