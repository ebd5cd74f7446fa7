import type { Locale } from '@kpi/shared';
import { enCommentary } from './en/commentary';
import { viCommentary } from './vi/commentary';

/**
 * The words of commentary (analysis and actions), in both languages. Kept out of the app's
 * dictionary: only the indicator page's lazy section and the staff pages load them, not the
 * overview's first screen on a phone.
 */
export const commentaryWords: Record<Locale, typeof viCommentary> = { vi: viCommentary, en: enCommentary };
