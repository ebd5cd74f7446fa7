import type { Account } from '@kpi/shared';
import { useState } from 'react';
import { useSaveUserMailMutation } from '../../api/mail-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { MailPreferencesForm } from '../account/MailPreferencesForm';

/** An account's address and mail choices, and the admin's form to change them (at the version shown). */
export function UserMailCell({ user }: { user: Account }) {
  const { t } = useStaffI18n();
  const save = useSaveUserMailMutation();
  const [editing, setEditing] = useState(false);
  const { mail } = user;
  return (
    <td data-label={t.mail.column}>
      {editing ? (
        <MailPreferencesForm
          label={t.mail.editFor(user.username)}
          initial={mail}
          version={user.version}
          pending={save.isPending}
          error={save.error}
          onSave={(body) => save.mutate({ username: user.username, ...body }, { onSuccess: () => setEditing(false) })}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {mail.email ? (
            <>
              <span>{mail.email}</span>
              <span className="muted"> ({t.mail.choicesOf(mail.dailyDigest, mail.immediateNotices)})</span>
            </>
          ) : (
            <span className="muted">{t.mail.none}</span>
          )}{' '}
          <button type="button" className="button button--quiet button--small" aria-label={t.mail.editFor(user.username)} onClick={() => setEditing(true)}>
            {t.mail.edit}
          </button>
        </>
      )}
    </td>
  );
}
