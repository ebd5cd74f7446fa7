import type { Locale } from '@kpi/shared';
import { use } from 'react';
import { vi, type Dictionary } from './vi';

const loads = new Map<Locale, Promise<Dictionary>>();

/**
 * Vietnamese, the first language, ships with the app; English loads in its own chunk the first
 * time it is needed, so a Vietnamese reader's phone never fetches it before the overview. A
 * failed load (the line dropped) is forgotten, so the next switch tries again, and shows
 * Vietnamese meanwhile rather than no page.
 */
export function loadDictionary(locale: Locale): Promise<Dictionary> {
  let loading = loads.get(locale);
  if (!loading) {
    const load: Promise<Dictionary> =
      locale === 'vi'
        ? Promise.resolve(vi)
        : import('./en').then(
            (m) => m.en,
            () => {
              loads.delete(locale);
              return vi;
            },
          );
    // Kept on the promise, so every later render reads it at once, without suspending.
    void load.then((value) => Object.assign(load, { value }));
    loads.set(locale, load);
    loading = load;
  }
  return loading;
}

/** Hands over a dictionary already at hand (the server renderer bundles both), so no render waits for it. */
export function provideDictionary(locale: Locale, dictionary: Dictionary): void {
  loads.set(locale, Object.assign(Promise.resolve(dictionary), { value: dictionary }));
}

/** The locale's dictionary; suspends while English is first loading. */
export function useDictionary(locale: Locale): Dictionary {
  if (locale === 'vi') return vi;
  const load: Promise<Dictionary> & { value?: Dictionary } = loadDictionary(locale);
  return load.value ?? use(load);
}
