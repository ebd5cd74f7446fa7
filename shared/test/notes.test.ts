import { describe, expect, it } from 'vitest';
import { noteIn } from '../src/notes.js';

describe('noteIn', () => {
  const both = { note: 'Khoảng 20%.', noteEn: 'About 20%.' };
  it('gives the note in the reader’s language', () => {
    expect(noteIn(both, 'vi')).toEqual({ text: 'Khoảng 20%.', lang: 'vi', fallback: false });
    expect(noteIn(both, 'en')).toEqual({ text: 'About 20%.', lang: 'en', fallback: false });
  });
  it('falls back to the other language, saying so, and gives nothing without a note', () => {
    expect(noteIn({ note: 'Khoảng 20%.', noteEn: null }, 'en')).toEqual({ text: 'Khoảng 20%.', lang: 'vi', fallback: true });
    expect(noteIn({ note: null, noteEn: 'About 20%.' }, 'vi')).toEqual({ text: 'About 20%.', lang: 'en', fallback: true });
    expect(noteIn({ note: null, noteEn: null }, 'vi')).toBeNull();
  });
});
