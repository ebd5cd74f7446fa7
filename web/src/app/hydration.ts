import { parseLocale, type Locale } from '@kpi/shared';

/**
 * Whether the server's page is what this reader's first render shows, so React may hydrate it. The
 * server knows the address, not what the reader saved in this browser: a reader who chose English
 * and opened an address without `?lang=` gets Vietnamese markup, which the browser then renders
 * afresh in English rather than hydrating (a hydration in the wrong language would fail halfway).
 */
export function serverPageFits(pageLang: string, search: string, saved: Locale | undefined): boolean {
  const fromUrl = parseLocale(new URLSearchParams(search).get('lang'));
  return (fromUrl ?? saved ?? 'vi') === pageLang;
}
