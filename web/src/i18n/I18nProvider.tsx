import { parseLocale, type Locale } from '@kpi/shared';
import { createContext, startTransition, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from '../app/routing';
import { PROVINCE } from '../app/config';
import { useDictionary } from './dictionaries';
import type { Dictionary } from './vi';

export const LOCALE_STORAGE_KEY = 'kpi.locale';

export interface I18n {
  locale: Locale;
  t: Dictionary;
  setLocale: (locale: Locale) => void;
}

export const I18nContext = createContext<I18n | null>(null);

/** The language the reader saved here, if any. */
export function storedLocale(): Locale | undefined {
  try {
    return parseLocale(window.localStorage.getItem(LOCALE_STORAGE_KEY));
  } catch {
    return undefined; // storage can be disabled (kiosk profiles, private windows)
  }
}

/** Language precedence: `?lang=` in the URL, then the reader's saved choice, then Vietnamese. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const fromUrl = parseLocale(searchParams.get('lang'));
  const [chosen, setChosen] = useState<Locale>(() => storedLocale() ?? 'vi');
  const locale = fromUrl ?? chosen;

  const setLocale = useCallback(
    (next: Locale) => {
      try {
        window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
      } catch {
        // not persisted; the choice still holds for this visit
      }
      // A transition: the page stays in the old language while the new one's words load.
      startTransition(() => {
        setChosen(next);
        // The language is part of the view: written to the address, a copied link opens in it.
        setSearchParams(
          (params) => {
            params.set('lang', next);
            return params;
          },
          { replace: true },
        );
      });
    },
    [setSearchParams],
  );

  const t = useDictionary(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.app.documentTitle(PROVINCE);
  }, [locale, t]);

  const value = useMemo(() => ({ locale, t, setLocale }), [locale, t, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
