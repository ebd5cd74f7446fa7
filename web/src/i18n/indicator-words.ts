import type { Locale } from '@kpi/shared';
import { enIndicatorPage } from './en/indicator-page';
import { usePageI18n } from './page-words';
import { viIndicatorPage } from './vi/indicator-page';
import type { Dictionary } from './vi';

/** The indicator page's own words (`t.indicatorPage`), which only its chunk carries. */
export const indicatorPageWords: Record<Locale, typeof viIndicatorPage> = { vi: viIndicatorPage, en: enIndicatorPage };

/** The app's words and the indicator page's own. */
export type IndicatorDictionary = Dictionary & typeof viIndicatorPage;

/** `useI18n` for the indicator page (page-words.ts). */
export const useIndicatorI18n = () => usePageI18n(indicatorPageWords);
