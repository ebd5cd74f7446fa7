import type { MouseEvent } from 'react';
import { useI18n } from '../../i18n/useI18n';

/**
 * The first stop of the Tab key on every page: jumps past the header to the page's <main>.
 * It moves focus itself (pages' <main> carry no id), so the next Tab continues inside the content.
 */
export function SkipLink() {
  const { t } = useI18n();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.querySelector('main');
    if (!main) return;
    event.preventDefault();
    if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
    main.focus();
    main.scrollIntoView();
  };
  return (
    <a className="skip-link" href="#main" onClick={skip}>
      {t.comfort.skipToContent}
    </a>
  );
}
