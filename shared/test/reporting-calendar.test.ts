import { describe, expect, it } from 'vitest';
import { addDays, dueDateOf, dueRuleSchema, formatDayMonth, hourIn, isWorse, ruleDueDate, todayIn, worsening } from '../src/index.js';
import { indicator, percentShape, target, valueFigure } from './factories.js';

describe('the reporting calendar', () => {
  it('writes a rule’s day and month as dd/mm in both languages', () => {
    expect(formatDayMonth({ month: 1, day: 15 }, 'vi')).toBe('15/01');
    expect(formatDayMonth({ month: 12, day: 31 }, 'en')).toBe('31/12');
  });

  it('puts a year’s figure on the rule’s day of the next year, unless the year or the unit has its own date', () => {
    expect(ruleDueDate({ month: 1, day: 15 }, 2025)).toBe('2026-01-15');
    const base = { year: 2025, rule: { month: 3, day: 31 }, departmentRule: { month: 1, day: 15 } };
    expect(dueDateOf({ ...base, unit: 'lang-son', overrides: [] })).toBe('2026-03-31');
    expect(dueDateOf({ ...base, rule: null, unit: 'lang-son', overrides: [] })).toBe('2026-01-15');
    const overrides = [
      { unit: null, due: '2026-02-10' },
      { unit: 'tam-thanh', due: '2026-02-20' },
    ];
    expect(dueDateOf({ ...base, unit: 'lang-son', overrides })).toBe('2026-02-10');
    expect(dueDateOf({ ...base, unit: 'tam-thanh', overrides })).toBe('2026-02-20');
  });

  it('refuses a rule day that is not in every year, naming the field', () => {
    expect(dueRuleSchema.safeParse({ month: 2, day: 28 }).success).toBe(true);
    const bad = dueRuleSchema.safeParse({ month: 2, day: 29 });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['day', 'due-rule-date']]);
    expect(dueRuleSchema.safeParse({ month: 13, day: 1 }).error?.issues[0]?.path).toEqual(['month']);
  });

  it('reads today in Hà Nội’s time and steps over months and leap days', () => {
    // 17:30 UTC on 31 December is already 1 January in Việt Nam.
    expect(todayIn(new Date('2025-12-31T17:30:00Z'))).toBe('2026-01-01');
    expect(todayIn(new Date('2026-03-09T16:59:59Z'))).toBe('2026-03-09');
    expect(todayIn(new Date('2026-03-09T17:00:00Z'))).toBe('2026-03-10');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-05', -14)).toBe('2025-12-22');
  });

  it('reads the hour in Hà Nội’s time, midnight as 0', () => {
    expect(hourIn(new Date('2026-03-10T00:30:00Z'))).toBe(7);
    expect(hourIn(new Date('2026-03-09T23:59:00Z'))).toBe(6);
    expect(hourIn(new Date('2026-03-09T17:00:00Z'))).toBe(0);
  });

  it('calls a step down on track → at risk → off track worse, and nothing else', () => {
    expect(isWorse('on-track', 'at-risk')).toBe(true);
    expect(isWorse('achieved', 'off-track')).toBe(true);
    expect(isWorse('at-risk', 'off-track')).toBe(true);
    expect(isWorse('off-track', 'at-risk')).toBe(false);
    expect(isWorse('achieved', 'on-track')).toBe(false);
    // Off track is news even when nothing was judged before; at risk is not.
    expect(isWorse('no-data', 'off-track')).toBe(true);
    expect(isWorse('too-few', 'off-track')).toBe(true);
    expect(isWorse('no-data', 'at-risk')).toBe(false);
    expect(isWorse('no-target', 'no-data')).toBe(false);
  });

  it('judges "worsened" on the latest figure, the one rule of the inbox and the off-track mail', () => {
    const shape = indicator('online-rate', 'Tỷ lệ trực tuyến', 'Online rate', percentShape);
    const data = (...figures: ReturnType<typeof valueFigure>[]) => ({ indicator: shape, figures, targets: [target(2021, 80), target(2022, 80)] });
    const worse = worsening(data(valueFigure(2021, 85)), data(valueFigure(2021, 85), valueFigure(2022, 10)));
    expect(worse && { year: worse.year, from: worse.from.status, to: worse.to.status }).toEqual({ year: 2022, from: 'achieved', to: 'off-track' });
    // An older year's correction leaves the latest figure's status as it was: nothing worsened.
    expect(worsening(data(valueFigure(2021, 85), valueFigure(2022, 85)), data(valueFigure(2021, 10), valueFigure(2022, 85)))).toBeNull();
    // A first figure has no status before it to fall from; a better one is no worsening.
    expect(worsening(data(), data(valueFigure(2021, 10)))).toBeNull();
    expect(worsening(data(valueFigure(2021, 10)), data(valueFigure(2021, 85)))).toBeNull();
  });
});
