import { noteIn } from '@kpi/shared';
import { useI18n } from '../i18n/useI18n';

/**
 * A figure's or target's note in the reader's language, else in the other one with a small mark
 * saying which (so a screen reader switches voice, the text carries its `lang`). Nothing when there
 * is no note.
 */
export function NoteText({ note, fallback = null }: { note: { note: string | null; noteEn: string | null }; fallback?: string | null }) {
  const { t, locale } = useI18n();
  const shown = noteIn(note, locale);
  if (!shown) return <>{fallback}</>;
  return (
    <>
      <span lang={shown.lang}>{shown.text}</span>
      {shown.fallback && (
        <>
          {' '}
          <small className="note-language" lang={shown.lang}>
            {t.notes.inOther[shown.lang]}
          </small>
        </>
      )}
    </>
  );
}
