import type { CommentaryContent } from '@kpi/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit.js';
import { dueActions, pendingCommentaryDrafts, publishedCommentary, publishedYearCommentary } from '../src/commentary-queries.js';
import { commentaryState, publishCommentaryDraft, returnCommentaryDraft, saveCommentaryDraft } from '../src/commentary-writes.js';
import { openDb, type Db } from '../src/open-db.js';
import { seedDatabase } from '../src/seed/index.js';

const KEY = { code: 'bluezone-install-rate', year: 2021 };
const content = (analysis: string, due: string | null = '2026-06-30'): CommentaryContent => ({
  analysis,
  actions: [{ what: 'Vận động cài đặt tại các xã', who: 'Phòng Bưu chính', due, done: false }],
});

describe('commentary', () => {
  let db: Db;
  beforeEach(() => {
    db = openDb(':memory:');
    seedDatabase(db);
  });

  it('keeps a draft from readers until an approver other than its author publishes it', () => {
    const saved = saveCommentaryDraft(db, KEY, content('Tỷ lệ cài đặt giảm.'), 0, 'analyst');
    expect(saved).toMatchObject({ ok: true, state: { version: 1, published: null, draft: { analysis: 'Tỷ lệ cài đặt giảm.', createdBy: 'analyst' } } });
    expect(publishedCommentary(db, KEY)?.commentary).toBeNull();
    expect(pendingCommentaryDrafts(db).map((d) => [d.indicatorCode, d.year, d.authorName])).toEqual([['bluezone-install-rate', 2021, 'analyst']]);

    const own = publishCommentaryDraft(db, KEY, 1, 'analyst');
    expect(own).toMatchObject({ ok: false, reason: 'own-draft' });
    expect(publishedCommentary(db, KEY)?.commentary).toBeNull();

    const published = publishCommentaryDraft(db, KEY, 1, 'approver');
    expect(published).toMatchObject({ ok: true, state: { version: 2, draft: null, published: { state: 'published', reviewedBy: 'approver' } } });
    expect(publishedCommentary(db, KEY)?.commentary).toMatchObject({
      analysis: 'Tỷ lệ cài đặt giảm.',
      actions: [{ who: 'Phòng Bưu chính', due: '2026-06-30' }],
    });
    expect(pendingCommentaryDrafts(db)).toEqual([]);
    expect(listAudit(db, { entityKey: 'bluezone-install-rate/2021/lang-son' }).map((e) => [e.action, e.actor])).toEqual([
      ['commentary.publish', 'approver'],
      ['commentary.save-draft', 'analyst'],
    ]);
  });

  it('refuses a stale version and writes nothing', () => {
    saveCommentaryDraft(db, KEY, content('Lần đầu.'), 0, 'analyst');
    const stale = saveCommentaryDraft(db, KEY, content('Ghi đè.'), 0, 'analyst2');
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { version: 1, draft: { analysis: 'Lần đầu.' } } });
    expect(publishCommentaryDraft(db, KEY, 0, 'approver')).toMatchObject({ ok: false, reason: 'conflict' });
    expect(commentaryState(db, KEY)).toMatchObject({ version: 1, draft: { analysis: 'Lần đầu.' }, published: null });
    expect(listAudit(db, { entityKey: 'bluezone-install-rate/2021/lang-son' })).toHaveLength(1);
  });

  it('returns a draft with its comment, keeps the published one, and lets the author write again', () => {
    saveCommentaryDraft(db, KEY, content('Bản một.'), 0, 'analyst');
    publishCommentaryDraft(db, KEY, 1, 'approver');
    saveCommentaryDraft(db, KEY, content('Bản hai.'), 2, 'analyst');
    const returned = returnCommentaryDraft(db, KEY, 3, 'approver', 'Thiếu thời hạn');
    expect(returned).toMatchObject({ ok: true, state: { version: 4, draft: null, published: { analysis: 'Bản một.' } } });
    expect(returned.ok && returned.state.history.map((r) => [r.state, r.reviewComment])).toEqual([
      ['returned', 'Thiếu thời hạn'],
      ['published', null],
    ]);
    expect(publishedCommentary(db, KEY)?.commentary?.analysis).toBe('Bản một.');
    expect(returnCommentaryDraft(db, KEY, 4, 'approver', 'x')).toMatchObject({ ok: false, reason: 'no-draft' });
    expect(saveCommentaryDraft(db, KEY, content('Bản ba.'), 4, 'analyst')).toMatchObject({ ok: true, state: { version: 5, draft: { analysis: 'Bản ba.' } } });
  });

  it('lists published actions with a due date for the calendar, soonest first, and the year’s commentary for the review', () => {
    saveCommentaryDraft(db, KEY, content('A.', '2026-09-30'), 0, 'analyst');
    publishCommentaryDraft(db, KEY, 1, 'approver');
    const other = { code: 'online-services-level4-rate', year: 2021 };
    saveCommentaryDraft(
      db,
      other,
      { analysis: 'B.', actions: [...content('B.', '2026-03-31').actions, { what: 'Theo dõi', who: 'Sở', due: null, done: false }] },
      0,
      'analyst',
    );
    // Drafts are not due: only what was published.
    expect(dueActions(db).map((a) => a.indicatorCode)).toEqual(['bluezone-install-rate']);
    publishCommentaryDraft(db, other, 1, 'approver');
    expect(dueActions(db)).toEqual([
      {
        indicatorCode: 'online-services-level4-rate',
        orgUnit: 'lang-son',
        year: 2021,
        due: '2026-03-31',
        what: 'Vận động cài đặt tại các xã',
        who: 'Phòng Bưu chính',
        done: false,
      },
      {
        indicatorCode: 'bluezone-install-rate',
        orgUnit: 'lang-son',
        year: 2021,
        due: '2026-09-30',
        what: 'Vận động cài đặt tại các xã',
        who: 'Phòng Bưu chính',
        done: false,
      },
    ]);
    expect(dueActions(db, { from: '2026-04-01' }).map((a) => a.due)).toEqual(['2026-09-30']);
    expect(dueActions(db, { to: '2026-04-01' }).map((a) => a.due)).toEqual(['2026-03-31']);
    expect(
      publishedYearCommentary(db, 2021)
        .map((c) => c.analysis)
        .sort(),
    ).toEqual(['A.', 'B.']);
    expect(publishedYearCommentary(db, 2020)).toEqual([]);
  });

  it('knows no commentary of an unknown indicator', () => {
    expect(commentaryState(db, { code: 'no-such', year: 2021 })).toBeNull();
    expect(saveCommentaryDraft(db, { code: 'no-such', year: 2021 }, content('x'), 0, 'analyst')).toEqual({ ok: false, reason: 'unknown-indicator' });
  });
});
