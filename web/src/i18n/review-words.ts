import type { Locale } from '@kpi/shared';
import { enReview } from './en/review';
import { usePageI18n } from './page-words';
import { viReview } from './vi/review';

/** The yearly review page's own words (`t.review`), which only its chunk carries. */
const reviewWords: Record<Locale, { review: typeof viReview }> = { vi: { review: viReview }, en: { review: enReview } };

/** `useI18n` for the yearly review (page-words.ts). */
export const useReviewI18n = () => usePageI18n(reviewWords);
