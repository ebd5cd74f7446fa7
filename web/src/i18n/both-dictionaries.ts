import type { Locale } from '@kpi/shared';
import { en } from './en';
import { vi, type Dictionary } from './vi';

/** Both languages at once, for the meeting-room screen, which shows its status in both. */
export const dictionaries: Record<Locale, Dictionary> = { vi, en };
