import { rankFigure } from '@kpi/shared/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, mockApi, sentBodies } from '../../../test/api';
import { sources } from '../../../test/fixture';
import { renderApp } from '../../../test/render';
import { bluezoneFigure, indicatorList, newObservation, queued, revision, users, withDraft } from '../../../test/work-fixture';

const scan = {
  ...sources.report2020,
  id: 41,
  number: '12/BC-STTTT',
  file: { name: 'Báo cáo 12.pdf', mediaType: 'application/pdf', size: 2048, sha256: 'ab'.repeat(32) },
};
const lansDraft = {
  ...revision(
    { ...bluezoneFigure(2021, 160000, 519755, 1, 30.78), source: scan, locator: 'Trang 3, bảng 2', publishedText: 'đạt tỷ lệ 30,78%' },
    'draft',
    users.analyst.username,
  ),
  acknowledgedWarnings: ['published-mismatch' as const],
};
const bluezone = queued(
  withDraft(newObservation('bluezone-install-rate', 2021), lansDraft),
  bluezoneFigure(2020, 154231, 519755, 1),
  users.analyst.displayName,
);
const ownDraft = queued(
  withDraft(newObservation('dti-rank', 2021), revision(rankFigure(2021, 5, 63, { source: sources.dti }), 'draft', users.approver.username)),
  null,
  users.approver.displayName,
);
const PUBLISH = 'POST /api/indicators/bluezone-install-rate/observations/2021/publish';
const RETURN = 'POST /api/indicators/bluezone-install-rate/observations/2021/return';

function openQueue() {
  const fetchMock = mockApi({
    'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
    'GET /api/indicators': () => jsonResponse(indicatorList),
    'GET /api/drafts': [() => jsonResponse({ drafts: [bluezone, ownDraft] }), () => jsonResponse({ drafts: [ownDraft] })],
    [PUBLISH]: () => jsonResponse(bluezone),
    [RETURN]: () => jsonResponse(bluezone),
  });
  return { fetchMock, ...renderApp('/approval') };
}

async function item(name: RegExp) {
  return (await screen.findByRole('heading', { level: 3, name })).closest('article')!;
}

/** The facts of a card, term to description, as a reader hears them. */
function facts(article: HTMLElement): Record<string, string> {
  return Object.fromEntries([...article.querySelectorAll('dt')].map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']));
}

describe('ApprovalPage', () => {
  it('shows the evidence: the draft beside last year’s figure, the change, source, locator, quote, file and author', async () => {
    openQueue();
    const draft = await item(/Bluezone – năm 2021/);
    expect(facts(draft)).toMatchObject({
      'Bản nháp năm 2021': '30,78% (160.000/519.755), công bố 30,78%',
      'Đã công bố năm 2020': '29,67% (154.231/519.755)',
      'Thay đổi': '+1,11 điểm % so với 2020',
      Nguồn: '12/BC-STTTT – Hội nghị tổng kết công tác Thông tin và Truyền thông năm 2020',
      'Vị trí trong văn bản': 'Trang 3, bảng 2',
      'Nguyên văn trong nguồn': 'đạt tỷ lệ 30,78%',
      'Người nhập': 'Nguyễn Thị Lan, 09:30 02/03/2021',
    });
    expect(within(draft).getByText(/Số công bố khác số tính được/)).toBeInTheDocument();
    const file = within(draft).getByRole('link', { name: 'Mở tệp “Báo cáo 12.pdf” (2 kB)' });
    expect(file).toHaveAttribute('href', '/api/sources/41/file');
  });

  it('says when there is no figure last year to compare with', async () => {
    openQueue();
    expect(facts(await item(/DTI/))).toMatchObject({
      'Đã công bố năm 2020': 'Chưa có số liệu',
      'Thay đổi': 'Không so sánh được',
      'Tệp văn bản': 'Chưa đính kèm tệp',
    });
  });

  it('publishes only after a confirmation naming the figure, then says so and moves focus to what it says', async () => {
    const { user, fetchMock } = openQueue();
    await user.click(within(await item(/Bluezone – năm 2021/)).getByRole('button', { name: 'Công bố' }));
    const dialog = screen.getByRole('dialog', { name: 'Công bố Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone năm 2021: 30,78%?' });
    expect(sentBodies(fetchMock, PUBLISH)).toEqual([]);
    expect(within(dialog).getByRole('button', { name: 'Công bố' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Công bố' }));
    expect(sentBodies(fetchMock, PUBLISH)).toEqual([{ version: bluezone.version }]);
    const status = await screen.findByRole('status', { name: '' });
    await waitFor(() => expect(status).toHaveTextContent('Đã công bố Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone năm 2021: 30,78%.'));
    expect(status).toHaveFocus();
    expect(screen.queryByRole('heading', { level: 3, name: /Bluezone/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('cancels a confirmation without publishing, and focus goes back to the button', async () => {
    const { user, fetchMock } = openQueue();
    const publish = within(await item(/Bluezone – năm 2021/)).getByRole('button', { name: 'Công bố' });
    await user.click(publish);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Huỷ' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(publish).toHaveFocus();
    expect(sentBodies(fetchMock, PUBLISH)).toEqual([]);
  });

  it('disables Publish on one’s own draft and says why', async () => {
    openQueue();
    const own = await item(/DTI/);
    const publish = within(own).getByRole('button', { name: 'Công bố' });
    expect(publish).toBeDisabled();
    const reason = document.getElementById(publish.getAttribute('aria-describedby')!)!;
    expect(reason.textContent).toContain('không thể công bố bản nháp do chính mình nhập');
  });

  it('says so when the draft changed meanwhile (409)', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
      'GET /api/indicators': () => jsonResponse(indicatorList),
      'GET /api/drafts': () => jsonResponse({ drafts: [bluezone] }),
      [PUBLISH]: () => errorResponse(409, 'conflict', { current: bluezone }),
    });
    const { user } = renderApp('/approval');
    await user.click(within(await item(/Bluezone – năm 2021/)).getByRole('button', { name: 'Công bố' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Công bố' }));
    await waitFor(() => expect(screen.getByRole('status', { name: '' })).toHaveTextContent('vừa được người khác duyệt hoặc sửa'));
  });

  it('keeps a failure other than a conflict in the dialog, to try again', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
      'GET /api/indicators': () => jsonResponse(indicatorList),
      'GET /api/drafts': () => jsonResponse({ drafts: [bluezone] }),
      [PUBLISH]: () => errorResponse(503, 'busy'),
    });
    const { user } = renderApp('/approval');
    await user.click(within(await item(/Bluezone – năm 2021/)).getByRole('button', { name: 'Công bố' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Công bố' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('busy');
  });

  it('returns a draft only with a comment, written in the dialog, and says to whom it went', async () => {
    const { user, fetchMock } = openQueue();
    await user.click(within(await item(/Bluezone – năm 2021/)).getByRole('button', { name: 'Trả lại' }));
    const dialog = screen.getByRole('dialog', { name: 'Trả lại Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone năm 2021: 30,78%?' });
    expect(dialog).toHaveAccessibleDescription('Bản nháp về lại Nguyễn Thị Lan kèm lý do bạn ghi dưới đây.');
    const comment = within(dialog).getByLabelText('Lý do trả lại (bắt buộc)');
    expect(comment).toHaveFocus();
    expect(within(dialog).queryByText('Bắt buộc nhập.')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Gửi trả lại' }));
    expect(within(dialog).getByText('Bắt buộc nhập.')).toBeInTheDocument();
    expect(sentBodies(fetchMock, RETURN)).toEqual([]);

    await user.type(comment, 'Mẫu số chưa đúng số thuê bao');
    await user.click(within(dialog).getByRole('button', { name: 'Gửi trả lại' }));
    expect(sentBodies(fetchMock, RETURN)).toEqual([{ version: bluezone.version, comment: 'Mẫu số chưa đúng số thuê bao' }]);
    const status = screen.getByRole('status', { name: '' });
    await waitFor(() => expect(status).toHaveTextContent('Đã trả lại Tỷ lệ điện thoại thông minh cài đặt ứng dụng Bluezone năm 2021 cho Nguyễn Thị Lan.'));
    expect(status).toHaveFocus();
  });

  it('says it all in English for a reader who chose English', async () => {
    mockApi({
      'GET /api/auth/me': () => jsonResponse({ user: users.approver }),
      'GET /api/indicators': () => jsonResponse(indicatorList),
      'GET /api/drafts': [() => jsonResponse({ drafts: [bluezone] }), () => jsonResponse({ drafts: [] })],
      [PUBLISH]: () => jsonResponse(bluezone),
    });
    const { user } = renderApp('/approval?lang=en');
    const draft = await item(/Bluezone app installed – 2021/);
    expect(facts(draft)).toMatchObject({ 'Published for 2020': '29.67% (154,231/519,755)', Change: '+1.11 percentage points since 2020' });
    await user.click(within(draft).getByRole('button', { name: 'Publish' }));
    const dialog = screen.getByRole('dialog', { name: 'Publish Smartphones with the Bluezone app installed for 2021: 30.78%?' });
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Published Smartphones with the Bluezone app installed for 2021: 30.78%.'),
    );
  });
});
