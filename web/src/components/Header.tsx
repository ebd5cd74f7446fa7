import { ORGANISATION, PROVINCE } from '../config';
import { useI18n } from '../i18n/useI18n';
import { LanguageSwitch } from './LanguageSwitch';
import { SessionNav } from './session/SessionNav';
import { YearPicker, type YearPickerProps } from './YearPicker';

/** Province, department, the page's controls, and the pages the signed-in user may open. */
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
      <SessionNav />
    </header>
  );
}
