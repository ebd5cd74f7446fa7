import { ORGANISATION, PROVINCE } from '../../app/config';
import { ComfortControls } from '../../features/comfort/ComfortControls';
import { SkipLink } from '../../features/comfort/SkipLink';
import { useI18n } from '../../i18n/useI18n';
import { HeaderMenu } from './HeaderMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { SessionNav } from '../../features/session/SessionNav';
import { YearPicker, type YearPickerProps } from './YearPicker';

/**
 * The skip link, then province, department, the page's controls (year, language, night mode and
 * text size; one menu on a phone), and the pages the reader may open.
 */
export function Header({ yearPicker }: { yearPicker?: YearPickerProps }) {
  const { t, locale } = useI18n();
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="site-header__inner">
          <div className="site-header__titles">
            <p className="site-header__org">{ORGANISATION[locale]}</p>
            <h1 className="site-header__title">{t.app.heading(PROVINCE)}</h1>
          </div>
          <HeaderMenu year={yearPicker?.year}>
            {yearPicker && <YearPicker {...yearPicker} />}
            <LanguageSwitch />
            <ComfortControls />
          </HeaderMenu>
        </div>
        <SessionNav />
      </header>
    </>
  );
}
