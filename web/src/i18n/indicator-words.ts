import type { Locale } from '@kpi/shared';
import { useMemo } from 'react';
import { enIndicatorPage } from './en/indicator-page';
import { useI18n } from './useI18n';
import { viIndicatorPage } from './vi/indicator-page';
import type { Dictionary } from './vi';

const indicatorPageWords: Record<Locale, typeof viIndicatorPage> = { vi: viIndicatorPage, en: enIndicatorPage };

/** The app's words and the indicator page's own (`t.indicatorPage`). */
export type IndicatorDictionary = Dictionary & typeof viIndicatorPage;

/** A language's dictionary with the indicator page's words in it. */
export function withIndicatorPage(t: Dictionary, locale: Locale): IndicatorDictionary {
  return { ...t, ...indicatorPageWords[locale] };
}

/**
 * `useI18n` for the indicator page. Its words, in both languages, come only with the page's chunk:
 * the overview's first load on a phone carries none of them (3 KB of gzip), and a language switch
 * on the page still needs no fetch.
 */
export function useIndicatorI18n() {
  const { locale, t: common, setLocale } = useI18n();
  const t = useMemo(() => withIndicatorPage(common, locale), [common, locale]);
  return { locale, t, setLocale };
}
