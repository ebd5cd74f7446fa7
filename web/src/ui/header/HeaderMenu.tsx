import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { useDisclosure } from '../useDisclosure';

/**
 * The header's controls. On a wide screen they stand in the header as they are; on a phone they
 * fold behind one button (which names the year on screen), so the first screen shows figures, not
 * settings. Which of the two is CSS's choice (header.css): the controls are rendered once.
 */
export function HeaderMenu({ year, children }: { year: number | undefined; children: ReactNode }) {
  const { t } = useI18n();
  const { open, onKeyDown, buttonProps, panelId } = useDisclosure();
  return (
    <div className="header-menu" data-open={open} onKeyDown={onKeyDown}>
      <button {...buttonProps} className="header-menu__toggle">
        {/* Three sliders: the usual mark for settings, drawn inline as no font is sure to have one. */}
        <svg className="header-menu__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path d="M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          <circle cx="16" cy="6" r="2" fill="none" stroke="currentColor" strokeWidth="2" />
          <circle cx="10" cy="12" r="2" fill="none" stroke="currentColor" strokeWidth="2" />
          <circle cx="18" cy="18" r="2" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        {/* The year on screen, seen as a number (the word "Năm" would push the title to more lines). */}
        {year !== undefined && (
          <span>
            <span className="sr-only">{t.header.year} </span>
            {year}
          </span>
        )}
        {/* The icon says "settings" to the eye, so the button fits beside the title; the word is for screen readers. */}
        <span className="sr-only">{t.header.menu}</span>
      </button>
      <div id={panelId} className="site-header__controls header-menu__panel">
        {children}
      </div>
    </div>
  );
}
