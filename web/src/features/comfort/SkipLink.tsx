import type { MouseEvent } from 'react';
import { useI18n } from '../../i18n/useI18n';

/**
 * The first stop of the Tab key on every page: jumps past the header to the page's
 * `<main id="main">` of `PageMain` (a real, focusable target, as checkers expect). It moves focus
 * itself as well, so the address keeps no `#main` and the next Tab continues inside the content.
 */
export function SkipLink() {
  const { t } = useI18n();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById('main');
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  };
  return (
    <a className="skip-link" href="#main" onClick={skip}>
      {t.comfort.skipToContent}
    </a>
  );
}
