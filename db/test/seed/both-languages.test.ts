import { describe, expect, it } from 'vitest';
import { seedIndicators, seedSources } from '../../src/seed/index.js';

/** Vietnamese first, English second: whatever the seed says in words, it says in both. */
describe('the seed in both languages', () => {
  it('gives every indicator its name, and any definition, in Vietnamese and English', () => {
    for (const ind of seedIndicators) {
      expect(ind.nameVi, ind.code).not.toBe('');
      expect(ind.nameEn, ind.code).not.toBe('');
      expect(Boolean(ind.definitionVi), ind.code).toBe(Boolean(ind.definitionEn));
    }
  });

  it('gives every note of a figure, a target and a source an English one, and none without the Vietnamese', () => {
    const notes = [
      ...seedSources.map((s) => ({ at: s.key, vi: s.note, en: s.noteEn })),
      ...seedIndicators.flatMap((ind) => [
        ...ind.figures.map((f) => ({ at: `${ind.code}/${f.year}`, vi: f.note, en: f.noteEn })),
        ...ind.targets.map((t) => ({ at: `${ind.code}/target ${t.year}`, vi: t.note, en: t.noteEn })),
      ]),
    ];
    const written = notes.filter((n) => n.vi || n.en);
    expect(written.length).toBeGreaterThan(20);
    for (const { at, vi, en } of written) {
      expect(vi, at).toMatch(/\S/);
      expect(en, at).toMatch(/\S/);
      expect(en, at).not.toBe(vi);
    }
  });
});
