import { DEFAULT_DUE_RULE, type Role } from '@kpi/shared';
import { ratioEntry } from '@kpi/shared/testing';
import { describe, expect, it } from 'vitest';
import { publishCommentaryDraft, saveCommentaryDraft } from '../src/commentary-writes.js';
import { writeDueOverride } from '../src/due-overrides.js';
import { inboxFor } from '../src/inbox.js';
import { returnDraft, saveDraft } from '../src/observation-writes.js';
import type { Db } from '../src/open-db.js';
import { loadPublishedData } from '../src/queries.js';
import { saveReportingRule } from '../src/reporting-rules.js';
import { indicators } from '../src/schema.js';
import { insertUser } from '../src/users.js';
import { publish, seeded } from './calendar-fixtures.js';

/** The inbox on a pinned day: 20 January 2026, five days after the 2025 figures fell due. */
const inbox = (db: Db, username: string, role: Role, today = '2026-01-20', unit: string | null = null) =>
  inboxFor(db, { user: { username, role, unit }, today, dueDays: 14, departmentRule: DEFAULT_DUE_RULE, worsenedDays: 30 });

const level4 = (value: number, version = 0) => ({ kind: 'value' as const, value, version, sourceId: 1, acknowledgedWarnings: [] });
const dti = (position: number) => ({ kind: 'rank' as const, position, outOf: 34, version: 0, sourceId: 1, acknowledgedWarnings: [] });

describe('inboxFor', () => {
  it('gives an analyst what they answer for: overdue and due soon, by their units', () => {
    const db = seeded();
    expect(saveReportingRule(db, 'dti-rank', { version: 0, due: null, responsible: 'an' }, 'duyet').ok).toBe(true);
    expect(
      saveReportingRule(db, 'bluezone-install-rate', { version: 0, due: null, responsible: 'binh', unitResponsibles: { 'tam-thanh': 'an' } }, 'duyet').ok,
    ).toBe(true);
    // In the catalogue's order. The 2025 rank is due on the department's 15 January 2026; the online-dossiers rate, nobody's, is nobody's item.
    const mine = inbox(db, 'an', 'analyst');
    expect(mine.items.map((i) => [i.kind, i.indicator.code, i.year])).toEqual([
      ['overdue', 'bluezone-install-rate', 2025],
      ['overdue', 'dti-rank', 2025],
    ]);
    expect(mine.items[1]).toMatchObject({ due: '2026-01-15', scope: 'mine', link: '/entry/dti-rank/2025', units: [{ code: 'lang-son', state: 'missing' }] });
    // Tam Thanh's figure is An's; the province's and the 64 other units' fall to Bình.
    expect(mine.items[0]).toMatchObject({ units: [{ code: 'tam-thanh', kind: 'ward' }], link: '/entry/bluezone-install-rate/2025?unit=tam-thanh' });
    const binh = inbox(db, 'binh', 'analyst').items;
    expect(binh).toHaveLength(1);
    expect(binh[0]!.kind === 'overdue' && binh[0]!.units.length).toBe(65);
    expect(mine.counts).toEqual({ overdue: 2, 'due-soon': 0, 'awaiting-approval': 0, returned: 0, worsened: 0, 'action-due': 0 });

    // A year's own date: the 2025 rank due on 1 February is "due soon" on 20 January, not overdue; a year before, not yet.
    expect(writeDueOverride(db, { code: 'dti-rank', year: 2025, unit: null }, 0, '2026-02-01', 'duyet').ok).toBe(true);
    expect(inbox(db, 'an', 'analyst').items.map((i) => [i.kind, i.indicator.code, i.kind === 'due-soon' && i.due])).toEqual([
      ['overdue', 'bluezone-install-rate', false],
      ['due-soon', 'dti-rank', '2026-02-01'],
    ]);
    expect(inbox(db, 'an', 'analyst', '2026-01-10').items.filter((i) => i.indicator.code === 'dti-rank' && i.year === 2025)).toEqual([]);
    // Published, it is done.
    publish(db, 'dti-rank', 2025, dti(5));
    expect(inbox(db, 'an', 'analyst').items.map((i) => i.indicator.code)).toEqual(['bluezone-install-rate']);
  });

  it('gives a viewer no figures due, even one still named in the calendar since being an analyst', () => {
    const db = seeded();
    expect(saveReportingRule(db, 'dti-rank', { version: 0, due: null, responsible: 'an' }, 'duyet').ok).toBe(true);
    expect(inbox(db, 'an', 'analyst').counts.overdue).toBe(1);
    // Demoted, An enters nothing: a viewer is never responsible.
    expect(inbox(db, 'an', 'viewer').items).toEqual([]);
  });

  it('drops an overdue figure a year after its date: older gaps are the completeness page’s', () => {
    const db = seeded();
    saveReportingRule(db, 'dti-rank', { version: 0, due: null, responsible: 'an' }, 'duyet');
    // On 20 January 2027 the 2025 figure (due 15/1/2026) is 370 days late; the 2026 one is 5 days late.
    expect(inbox(db, 'an', 'analyst', '2027-01-20').items.map((i) => i.year)).toEqual([2026]);
  });

  it('gives approvers the department’s overdue figures, one line per indicator, and drafts by others to approve', () => {
    const db = seeded();
    expect(saveDraft(db, { code: 'bluezone-install-rate', year: 2025, orgUnit: 'tam-thanh' }, ratioEntry(9000), 'an').ok).toBe(true);
    expect(saveDraft(db, { code: 'bluezone-install-rate', year: 2025 }, ratioEntry(9000), 'duyet').ok).toBe(true);
    const items = inbox(db, 'duyet', 'approver').items;
    const overdue = items.filter((i) => i.kind === 'overdue');
    expect(overdue.every((i) => i.scope === 'department' && i.link === '/completeness?year=2025')).toBe(true);
    expect(overdue).toHaveLength(19);
    const bluezone = overdue.find((i) => i.indicator.code === 'bluezone-install-rate')!;
    expect(bluezone.kind === 'overdue' && bluezone.units.slice(0, 1)).toEqual([{ code: 'lang-son', name: 'Lạng Sơn', kind: 'province', state: 'draft' }]);
    // Four eyes: the approver's own draft waits for another.
    expect(items.filter((i) => i.kind === 'awaiting-approval')).toEqual([
      expect.objectContaining({
        indicator: expect.objectContaining({ code: 'bluezone-install-rate' }),
        unit: expect.objectContaining({ code: 'tam-thanh' }),
        author: 'AN',
        link: '/approval',
      }),
    ]);
    // An analyst approves nothing and sees no department list.
    expect(inbox(db, 'an', 'analyst').items).toEqual([]);
  });

  it('gives an analyst their draft returned with the comment, until they save it again', () => {
    const db = seeded();
    const key = { code: 'bluezone-install-rate', year: 2025, orgUnit: 'tam-thanh' };
    const saved = saveDraft(db, key, ratioEntry(9000), 'an');
    if (!saved.ok) throw new Error('not saved');
    expect(returnDraft(db, key, saved.state.version, 'duyet', 'Thiếu số trang').ok).toBe(true);
    expect(inbox(db, 'an', 'analyst').items).toEqual([
      expect.objectContaining({ kind: 'returned', comment: 'Thiếu số trang', returnedBy: 'duyet', link: '/entry/bluezone-install-rate/2025?unit=tam-thanh' }),
    ]);
    expect(inbox(db, 'binh', 'analyst').items).toEqual([]);
    expect(saveDraft(db, key, ratioEntry(9100, saved.state.version + 1), 'an').ok).toBe(true);
    expect(inbox(db, 'an', 'analyst').items).toEqual([]);
  });

  it('tells everyone signed in of a status that worsened with the latest publication, for 30 days', () => {
    const db = seeded();
    // The seed's publications are the report's: no news.
    expect(inbox(db, 'viewer', 'viewer').items).toEqual([]);
    // Level-4 online services: 100 % in 2021 met the target; 20 % in 2022, down from 37.6 % in 2020, is off track.
    publish(db, 'online-services-level4-rate', 2022, level4(20));
    const today = new Date().toISOString().slice(0, 10);
    const worsened = inbox(db, 'viewer', 'viewer', today).items;
    expect(worsened).toEqual([
      expect.objectContaining({
        kind: 'worsened',
        indicator: expect.objectContaining({ code: 'online-services-level4-rate' }),
        year: 2022,
        from: 'achieved',
        to: 'off-track',
        link: '/indicators/online-services-level4-rate?year=2022',
      }),
    ]);
    // A commune's publication is not the province's status; a correction that brings it back is no worsening.
    publish(db, 'bluezone-install-rate', 2025, ratioEntry(9000), 'tam-thanh');
    expect(inbox(db, 'viewer', 'viewer', today).items.filter((i) => i.kind === 'worsened')).toHaveLength(1);
    publish(db, 'online-services-level4-rate', 2022, level4(100, 2));
    expect(inbox(db, 'viewer', 'viewer', today).items.filter((i) => i.kind === 'worsened')).toEqual([]);
    // Out of the window, it is gone.
    expect(inbox(db, 'viewer', 'viewer', '2099-01-01').items.filter((i) => i.kind === 'worsened')).toEqual([]);
  });

  it('judges "worsened" on the published data the caller holds, when it gives it', () => {
    const db = seeded();
    publish(db, 'online-services-level4-rate', 2022, level4(20));
    const today = new Date().toISOString().slice(0, 10);
    const held = loadPublishedData(db);
    let asked = 0;
    const published = () => {
      asked += 1;
      return held;
    };
    const options = { user: { username: 'viewer', role: 'viewer' as const }, today, dueDays: 14, departmentRule: DEFAULT_DUE_RULE, worsenedDays: 30 };
    expect(inboxFor(db, { ...options, published }).items).toEqual(inboxFor(db, options).items);
    expect(asked).toBe(1);
    // Data without the indicator: nothing to judge it on.
    expect(inboxFor(db, { ...options, published: () => held.filter((d) => d.indicator.code !== 'online-services-level4-rate') }).items).toEqual([]);
  });

  it('lists published actions not done that are due soon or overdue, as theirs for the one who answers for the indicator', () => {
    const db = seeded();
    const key = { code: 'bluezone-install-rate', year: 2025 };
    const actions = [
      { what: 'Vận động cài đặt', who: 'Phòng Bưu chính', due: '2026-01-10', done: false },
      { what: 'Báo cáo UBND tỉnh', who: 'Văn phòng', due: '2026-01-25', done: false },
      { what: 'Đã họp triển khai', who: 'Văn phòng', due: '2026-01-05', done: true },
      { what: 'Tổng kết năm', who: 'Văn phòng', due: '2026-12-31', done: false },
    ];
    expect(saveCommentaryDraft(db, key, { analysis: 'Chậm.', actions }, 0, 'an').ok).toBe(true);
    // A draft's actions wait for its publication.
    expect(inbox(db, 'an', 'analyst').counts['action-due']).toBe(0);
    expect(publishCommentaryDraft(db, key, 1, 'duyet').ok).toBe(true);

    const items = inbox(db, 'an', 'analyst').items.filter((i) => i.kind === 'action-due');
    // Done and far-off actions stay out; the overdue first.
    expect(items.map((i) => i.kind === 'action-due' && [i.what, i.due, i.overdue, i.scope])).toEqual([
      ['Vận động cài đặt', '2026-01-10', true, 'department'],
      ['Báo cáo UBND tỉnh', '2026-01-25', false, 'department'],
    ]);
    expect(items[0]).toMatchObject({ unit: { code: 'lang-son', kind: 'province' }, link: '/indicators/bluezone-install-rate?year=2025' });
    // Viewers act on nothing.
    expect(inbox(db, 'xem', 'viewer').counts['action-due']).toBe(0);
    // Named in the reporting calendar, the analyst has them as their own.
    expect(saveReportingRule(db, 'bluezone-install-rate', { version: 0, due: null, responsible: 'an' }, 'duyet').ok).toBe(true);
    expect(
      inbox(db, 'an', 'analyst')
        .items.filter((i) => i.kind === 'action-due')
        .map((i) => 'scope' in i && i.scope),
    ).toEqual(['mine', 'mine']);
  });

  it('gives a commune user their own unit’s figures and actions, unless the calendar names someone else for that unit', () => {
    const db = seeded();
    insertUser(db, { username: 'hoa', displayName: 'Hoa', role: 'analyst', unit: 'tam-thanh', passwordHash: 'x' });
    const hoa = () => inbox(db, 'hoa', 'analyst', '2026-01-20', 'tam-thanh').items;
    // No line in the calendar: every indicator built from units has the ward's 2025 figure as Hoa's, and nothing else.
    const builtFromUnits = db
      .select({ code: indicators.code, aggregation: indicators.aggregation })
      .from(indicators)
      .all()
      .filter((i) => i.aggregation !== 'none')
      .map((i) => i.code);
    expect(builtFromUnits).toContain('bluezone-install-rate');
    expect(hoa().map((i) => i.indicator.code)).toEqual(builtFromUnits);
    for (const item of hoa()) {
      expect(item).toMatchObject({ kind: 'overdue', year: 2025, scope: 'mine', units: [{ code: 'tam-thanh', state: 'missing' }] });
      expect(item.link).toBe(`/entry/${item.indicator.code}/2025?unit=tam-thanh`);
    }
    // The indicator's responsible person keeps the ward among the 65 units they answer for.
    expect(saveReportingRule(db, 'bluezone-install-rate', { version: 0, due: null, responsible: 'binh' }, 'duyet').ok).toBe(true);
    const binh = inbox(db, 'binh', 'analyst').items.find((i) => i.indicator.code === 'bluezone-install-rate');
    expect(binh?.kind === 'overdue' && binh.units.some((u) => u.code === 'tam-thanh')).toBe(true);

    // Actions: the ward's are Hoa's own; another unit's are not hers to chase, not even as the department's.
    const action = (what: string) => ({ analysis: 'Chậm.', actions: [{ what, who: 'UBND', due: '2026-01-10', done: false }] });
    for (const [orgUnit, what] of [
      ['tam-thanh', 'Vận động tại phường'],
      ['tan-doan', 'Vận động tại xã'],
    ] as const) {
      const key = { code: 'bluezone-install-rate', year: 2025, orgUnit };
      expect(saveCommentaryDraft(db, key, action(what), 0, 'an').ok).toBe(true);
      expect(publishCommentaryDraft(db, key, 1, 'duyet').ok).toBe(true);
    }
    const actions = () => hoa().flatMap((i) => (i.kind === 'action-due' ? [[i.what, i.scope]] : []));
    expect(actions()).toEqual([['Vận động tại phường', 'mine']]);
    // A province analyst still sees both, as the department's.
    expect(inbox(db, 'an', 'analyst').items.filter((i) => i.kind === 'action-due')).toHaveLength(2);

    // Named for the ward by the calendar, An answers for its figure instead of Hoa; its action stays in her list, as the department's.
    expect(
      saveReportingRule(db, 'bluezone-install-rate', { version: 1, due: null, responsible: 'binh', unitResponsibles: { 'tam-thanh': 'an' } }, 'duyet').ok,
    ).toBe(true);
    expect(hoa().filter((i) => i.kind === 'overdue' && i.indicator.code === 'bluezone-install-rate')).toEqual([]);
    expect(actions()).toEqual([['Vận động tại phường', 'department']]);
  });
});
