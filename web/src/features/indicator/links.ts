import type { Locale } from '@kpi/shared';

/**
 * Addresses that carry the view: the year and the language, so a shared link opens the same view
 * (`?lang=` wins over the reader's remembered language).
 */
export function indicatorHref(code: string, year: number | undefined, locale: Locale): string {
  const params = new URLSearchParams();
  if (year !== undefined) params.set('year', String(year));
  params.set('lang', locale);
  return `/indicators/${encodeURIComponent(code)}?${params.toString()}`;
}

export function overviewHref(year: number | undefined, locale: Locale): string {
  const params = new URLSearchParams();
  if (year !== undefined) params.set('year', String(year));
  params.set('lang', locale);
  return `/?${params.toString()}`;
}
