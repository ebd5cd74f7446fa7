import type { Locale } from '@kpi/shared';
import { useMemo } from 'react';
import { enReview } from './en/review';
import { useI18n } from './useI18n';
import { viReview } from './vi/review';
import type { Dictionary } from './vi';

const reviewWords: Record<Locale, typeof viReview> = { vi: viReview, en: enReview };

/** The app's words and the yearly review page's own (`t.review`). */
export type ReviewDictionary = Dictionary & { review: typeof viReview };

/** `useI18n` for the yearly review: its words, in both languages, come only with its page's chunk. */
export function useReviewI18n() {
  const { locale, t: common, setLocale } = useI18n();
  const t = useMemo<ReviewDictionary>(() => ({ ...common, review: reviewWords[locale] }), [common, locale]);
  return { locale, t, setLocale };
}
