import { useMyMailQuery, useSaveMyMailMutation } from '../../api/mail-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { Header } from '../../ui/header/Header';
import { PageMain } from '../../ui/PageMain';
import { QueryState } from '../../ui/QueryState';
import { RequireRole } from '../session/RequireRole';
import { MailPreferencesForm } from './MailPreferencesForm';
import '../../ui/work-page.css';

/** The signed-in user's own account: their e-mail address and which messages they want (the link every message ends with). */
export function AccountPage() {
  const { t } = useStaffI18n();
  const query = useMyMailQuery();
  const save = useSaveMyMailMutation();
  return (
    <>
      <Header />
      <PageMain className="page--work">
        <RequireRole role="viewer">
          {(user) => (
            <section aria-labelledby="account-title">
              <h1 id="account-title">{t.mail.accountTitle}</h1>
              <p>{t.mail.accountIntro}</p>
              <QueryState query={query}>
                {(mine) => (
                  <>
                    {!mine.mailConfigured && (
                      <p className="muted" role="note">
                        <span aria-hidden="true">ⓘ </span>
                        {t.mail.serverOff}
                      </p>
                    )}
                    <MailPreferencesForm
                      // A new version (after a save or a reload) starts the form from what is stored.
                      key={mine.version}
                      label={t.mail.editFor(user.displayName)}
                      initial={mine}
                      version={mine.version}
                      pending={save.isPending}
                      error={save.error}
                      saved={save.isSuccess}
                      onSave={(body) => save.mutate(body)}
                    />
                  </>
                )}
              </QueryState>
            </section>
          )}
        </RequireRole>
      </PageMain>
    </>
  );
}
