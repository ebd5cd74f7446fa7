import type { Locale } from './schemas/common.js';

export interface NoteInLanguage {
  text: string;
  /** The language the text is in. */
  lang: Locale;
  /** True when the note is not in the reader's language: the other one stood in for it. */
  fallback: boolean;
}

/**
 * A note as the reader should see it: in their language where it was written in it, else in the
 * other one, marked as such. Notes are Vietnamese first; the English is optional.
 */
export function noteIn(note: { note: string | null; noteEn: string | null }, locale: Locale): NoteInLanguage | null {
  const texts: Record<Locale, string | null> = { vi: note.note, en: note.noteEn };
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  const own = texts[locale];
  if (own) return { text: own, lang: locale, fallback: false };
  const stand = texts[other];
  return stand ? { text: stand, lang: other, fallback: true } : null;
}
