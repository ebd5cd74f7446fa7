import type { Locale } from '@kpi/shared';
import { en } from './en';
import { vi, type Dictionary } from './vi';

/** Both languages at once, for the server's renderer, which renders either without waiting for a chunk. */
export const dictionaries: Record<Locale, Dictionary> = { vi, en };
