import type { Locale } from '@kpi/shared';
import { en } from './en';
import { enScreen } from './en/screen';
import { useI18n } from './useI18n';
import { vi, type Dictionary } from './vi';
import { viScreen } from './vi/screen';

/** The app's words and the meeting-room screen's own (`t.screen`). */
export type ScreenDictionary = Dictionary & typeof viScreen;

/**
 * Both languages with the screen's words, for the meeting-room screen, which shows its status in
 * both. Only the screen's chunk carries them: the overview's first load on a phone has none.
 */
export const screenDictionaries: Record<Locale, ScreenDictionary> = { vi: { ...vi, ...viScreen }, en: { ...en, ...enScreen } };

/** `useI18n` for the screen: its language (ScreenLanguage) with the screen's words. */
export function useScreenI18n() {
  const { locale, setLocale } = useI18n();
  return { locale, t: screenDictionaries[locale], setLocale };
}
