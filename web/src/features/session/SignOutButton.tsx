import { useLogoutMutation } from '../../api/session-mutations';
import { useI18n } from '../../i18n/useI18n';

/**
 * The header's sign-out, in the signed-in chunk (signed-in.ts): its mutation is TanStack Query's
 * (2 KB of gzip), which the overview's first load (tests/budget) then does without.
 */
export default function SignOutButton() {
  const { t } = useI18n();
  const logout = useLogoutMutation();
  return (
    <button type="button" className="button button--quiet" disabled={logout.isPending} onClick={() => logout.mutate()}>
      {t.session.signOut}
    </button>
  );
}
