import { locales } from '@kpi/shared';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n';

/** Each language is named in itself, so a reader who cannot read the current one still finds theirs. */
const NATIVE_NAMES = { vi: 'Tiếng Việt', en: 'English' } as const;

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  const labelId = useId();
  return (
    <div className="control">
      <span className="control__label" id={labelId}>
        {t.header.language}
      </span>
      <div className="segmented" role="group" aria-labelledby={labelId}>
        {locales.map((option) => (
          <button key={option} type="button" lang={option} className="segmented__option" aria-pressed={option === locale} onClick={() => setLocale(option)}>
            {NATIVE_NAMES[option]}
          </button>
        ))}
      </div>
    </div>
  );
}
