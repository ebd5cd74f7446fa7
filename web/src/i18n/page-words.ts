import type { Locale } from '@kpi/shared';
import { useMemo } from 'react';
import { useI18n } from './useI18n';
import type { Dictionary } from './vi';

/**
 * `useI18n` for a page whose own words are not in the app's dictionary: they come with the page's
 * chunk, in both languages (`words`, a module-level record), so the JS a leader's phone fetches
 * before the overview carries none of them and a language switch on the page needs no fetch.
 */
export function usePageI18n<Words extends object>(words: Record<Locale, Words>) {
  const { locale, t: common, setLocale } = useI18n();
  const t = useMemo<Dictionary & Words>(() => ({ ...common, ...words[locale] }), [common, words, locale]);
  return { locale, t, setLocale };
}
