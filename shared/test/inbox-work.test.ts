import { describe, expect, it } from 'vitest';
import { ownWorkCounts, type InboxItem } from '../src/index.js';

const indicator = { code: 'dti-rank', name: { vi: 'Xếp hạng DTI', en: 'DTI rank' } };
const province = { code: 'lang-son', name: 'Lạng Sơn', kind: 'province' as const };
const due = (scope: 'mine' | 'department', kind: 'overdue' | 'due-soon' = 'overdue'): InboxItem => ({
  kind,
  scope,
  indicator,
  year: 2025,
  due: '2026-01-15',
  units: [{ ...province, state: 'missing' }],
  link: '/entry/dti-rank/2025',
});
const action = (scope: 'mine' | 'department', overdue: boolean): InboxItem => ({
  kind: 'action-due',
  scope,
  indicator,
  year: 2025,
  unit: province,
  due: '2026-01-10',
  what: 'Vận động',
  who: 'Phòng Bưu chính',
  overdue,
  link: '/indicators/dti-rank?year=2025',
});

describe('the header’s count of own work', () => {
  it('leaves out the department’s figures and actions, and counts own late figures and actions as overdue', () => {
    const items = [
      due('mine'),
      due('mine', 'due-soon'),
      ...Array.from({ length: 19 }, () => due('department')),
      action('mine', true),
      action('mine', false),
      action('department', true),
    ];
    expect(ownWorkCounts(items)).toEqual({ total: 4, overdue: 2 });
    expect(ownWorkCounts([])).toEqual({ total: 0, overdue: 0 });
  });
});
