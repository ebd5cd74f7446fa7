import { createUserBodySchema, roles } from '@kpi/shared';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useCreateUserMutation } from '../../api/admin-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { issuesByField } from '../../ui/form/issues';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { useFormFields } from '../../ui/form/useFormFields';
import { useCommuneOptions, WHOLE_PROVINCE } from './commune-options';

const EMPTY = { username: '', displayName: '', password: '', role: 'analyst', unit: WHOLE_PROVINCE };

/** The body as the form holds it: only an analyst limited to a commune or ward (a commune user) carries a unit; absent is the whole province. */
function newUserBody({ unit, ...values }: typeof EMPTY) {
  return values.role === 'analyst' && unit !== WHOLE_PROVINCE ? { ...values, unit } : values;
}

export function CreateUserForm() {
  const { t, locale } = useStaffI18n();
  const create = useCreateUserMutation();
  const { values, setErrors, field, reset } = useFormFields(EMPTY);
  const communes = useCommuneOptions();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createUserBodySchema.safeParse(newUserBody(values));
    setErrors(parsed.success ? {} : issuesByField(parsed.error.issues, locale));
    if (!parsed.success) return;
    create.mutate(parsed.data, {
      onSuccess: reset,
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'username-taken') setErrors({ username: t.admin.usernameTaken });
        else if (error instanceof ApiError) setErrors(error.fields ?? {});
      },
    });
  };
  const shownElsewhere = create.error instanceof ApiError && (create.error.code === 'username-taken' || create.error.status === 400);
  return (
    <form className="panel" aria-labelledby="new-user-heading" onSubmit={submit} noValidate>
      <h2 id="new-user-heading">{t.admin.newUser}</h2>
      <div className="field-grid">
        <TextField label={t.admin.username} autoComplete="off" hint={t.admin.usernameHint} {...field('username')} />
        <TextField label={t.admin.displayName} {...field('displayName')} />
        <TextField label={t.admin.initialPassword} type="password" autoComplete="new-password" {...field('password')} />
        <SelectField label={t.admin.role} options={roles.map((role) => ({ value: role, label: t.roles[role] }))} {...field('role')} />
        {values.role === 'analyst' && <SelectField label={t.admin.unit} hint={t.admin.unitHint} options={communes} {...field('unit')} />}
      </div>
      {!shownElsewhere && <ActionError error={create.error} />}
      <div className="actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t.admin.create}
        </button>
        {create.isSuccess && (
          <p className="saved-notice" role="status">
            <span aria-hidden="true">✔ </span>
            {t.admin.created(create.data.username)}
          </p>
        )}
      </div>
    </form>
  );
}
