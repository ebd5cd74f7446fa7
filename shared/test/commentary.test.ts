import { describe, expect, it } from 'vitest';
import { analysisParagraphs, isOverdue } from '../src/commentary.js';
import { commentaryEntrySchema } from '../src/schemas/commentary.js';

describe('commentary', () => {
  it('calls an action overdue the day after its due date, unless done or without one', () => {
    expect(isOverdue({ due: '2026-06-30', done: false }, '2026-06-30')).toBe(false);
    expect(isOverdue({ due: '2026-06-30', done: false }, '2026-07-01')).toBe(true);
    expect(isOverdue({ due: '2026-06-30', done: true }, '2026-07-01')).toBe(false);
    expect(isOverdue({ due: null, done: false }, '2026-07-01')).toBe(false);
  });

  it('splits the analysis into the paragraphs typed, blank lines between', () => {
    expect(analysisParagraphs('  Một.\n\n\nHai,\nvẫn hai.\n \nBa. ')).toEqual(['Một.', 'Hai,\nvẫn hai.', 'Ba.']);
  });

  it('names each field at fault by its path', () => {
    const result = commentaryEntrySchema.safeParse({ version: 0, analysis: '', actions: [{ what: 'x', who: '', due: '2026-13-01' }] });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual([
      ['actions.0.who', 'required'],
      ['actions.0.due', 'date-format'],
    ]);
  });
});
