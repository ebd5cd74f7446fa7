import type { FigureBasis } from './constants.js';
import type { Locale } from './schemas/common.js';

/** A figure's basis in words: one list for the app's marks, the exports and the yearly review. */
export const figureBasisNames: Record<Locale, Record<FigureBasis, string>> = {
  vi: { stated: 'Nêu trong nguồn', derived: 'Suy ra', assumed: 'Giả định' },
  en: { stated: 'Stated', derived: 'Derived', assumed: 'Assumed' },
};
