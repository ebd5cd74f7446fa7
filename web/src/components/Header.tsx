import { ORGANISATION, PROVINCE } from '../config';
import { useI18n } from '../i18n/useI18n';
import { LanguageSwitch } from './LanguageSwitch';
import { YearPicker, type YearPickerProps } from './YearPicker';

/** Province, department, and the page's controls. Pages without a year leave `yearPicker` out. */
export function Header({ yearPicker }: { yearPicker?: YearPickerProps }) {
  const { t, locale } = useI18n();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__titles">
          <p className="site-header__org">{ORGANISATION[locale]}</p>
          <h1 className="site-header__title">{t.app.heading(PROVINCE)}</h1>
        </div>
        <div className="site-header__controls">
          {yearPicker && <YearPicker {...yearPicker} />}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
