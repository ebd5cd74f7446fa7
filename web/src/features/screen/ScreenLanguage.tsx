import type { Locale } from '@kpi/shared';
import { useEffect, useMemo, type ReactNode } from 'react';
import { PROVINCE } from '../../app/config';
import { screenDictionaries } from '../../i18n/screen-words';
import { I18nContext } from '../../i18n/I18nProvider';

const keepLanguage = () => undefined;

/**
 * The screen's own language, whatever the browser, the URL or localStorage say: a screen is set up
 * once by an admin and read by a room. Every component below (badges, targets, charts) formats in it,
 * and `<html lang>` follows so the browser hyphenates and reads it aloud correctly.
 */
export function ScreenLanguage({ locale, name, children }: { locale: Locale; name?: string; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: screenDictionaries[locale], setLocale: keepLanguage }), [locale]);
  useEffect(() => {
    const title = screenDictionaries[locale].app.documentTitle(PROVINCE);
    const apply = () => {
      document.documentElement.lang = locale;
      document.title = name ? `${name} – ${title}` : title;
    };
    apply();
    // The app's I18nProvider above sets both in its own effect, which runs after this one when they
    // mount together: apply again once the effects of this commit are done.
    queueMicrotask(apply);
  }, [locale, name]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
