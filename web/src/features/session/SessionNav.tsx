import { Suspense, useContext } from 'react';
import { NavLink, useAddress } from '../../app/routing';
import { useMeQuery } from '../../api/session-hooks';
import { useI18n } from '../../i18n/useI18n';
import { signInPath } from './RequireRole';
import { StaffLinksSlot } from './staff-links-slot';
import { useServerMarkup } from '../../ui/useServerMarkup';
import './nav.css';

/**
 * The year and language on screen: the overview, the review and entry open on the year the reader
 * was looking at, whichever of them they came from.
 */
function yearAndLanguage(search: string): string {
  const from = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of ['year', 'lang']) {
    const value = from.get(key);
    if (value) kept.set(key, value);
  }
  const query = kept.toString();
  return query ? `?${query}` : '';
}

/** The work pages the signed-in user's role opens, who is signed in, and sign-in or sign-out. */
export function SessionNav() {
  const { t } = useI18n();
  const me = useMeQuery();
  const location = useAddress();
  const user = me.data ?? null;
  // Loaded lazily once someone is signed in (staff-links-slot.ts), and so rendered only in the
  // browser's own renders: the server's renderer cannot wait for a lazy part, and a boundary it
  // leaves unfinished is an error when the page is hydrated (React's 419). They come right after.
  const slots = useContext(StaffLinksSlot);
  const signedIn = useServerMarkup() ? null : slots;
  const onSignInPage = location.pathname === '/sign-in';
  return (
    <nav className="site-nav" aria-label={t.nav.label}>
      <ul className="site-nav__links">
        <li>
          <NavLink to={`/${yearAndLanguage(location.search)}`} end className="site-nav__link">
            {t.nav.overview}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/review${yearAndLanguage(location.search)}`} className="site-nav__link">
            {t.nav.review}
          </NavLink>
        </li>
        {user && signedIn && <Suspense fallback={null}>{signedIn.links({ user, search: yearAndLanguage(location.search) })}</Suspense>}
      </ul>
      {user ? (
        <div className="site-nav__user">
          <span>
            <strong>{user.displayName}</strong>
            {user.unit && signedIn && (
              // A commune user works for one unit only: named beside them, so they see whose figures they enter.
              <Suspense fallback={null}>{signedIn.ownUnit(user.unit)}</Suspense>
            )}{' '}
            <span className="site-nav__role">({t.roles[user.role]})</span>
          </span>
          <NavLink to="/account" className="site-nav__link" title={t.session.account} aria-label={t.session.account}>
            <span aria-hidden="true">✉</span>
          </NavLink>
          {signedIn && <Suspense fallback={null}>{signedIn.signOut()}</Suspense>}
        </div>
      ) : (
        me.isSuccess &&
        !onSignInPage && (
          <NavLink className="site-nav__link site-nav__signin" to={signInPath(location.pathname + location.search)}>
            {t.session.signIn}
          </NavLink>
        )
      )}
    </nav>
  );
}
