import type { Locale } from '@kpi/shared';
import { enUnits } from './en/units';
import { viUnits } from './vi/units';

/**
 * The words of an indicator's breakdown by commune and ward (its page's section, the screen's units
 * slide), in both languages. Kept out of the app's dictionary: only those load them, not the
 * overview's first screen on a phone.
 */
export const unitWords: Record<Locale, typeof viUnits.unitBreakdown> = { vi: viUnits.unitBreakdown, en: enUnits.unitBreakdown };
