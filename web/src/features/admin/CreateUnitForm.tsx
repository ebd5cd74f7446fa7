import { orgUnitName, orgUnitKindNames, createOrgUnitBodySchema, orgUnitKinds, type OrgUnit } from '@kpi/shared';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useCreateOrgUnitMutation } from '../../api/org-unit-mutations';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { issuesByField } from '../../ui/form/issues';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { useFormFields } from '../../ui/form/useFormFields';

const EMPTY = { code: '', name: '', kind: 'commune', parent: 'lang-son', validFrom: '' };

/** A new unit under one in force: checked here with the API's own rules, the server's refusals shown by field. */
export function CreateUnitForm({ units }: { units: OrgUnit[] }) {
  const { t, locale } = useStaffI18n();
  const create = useCreateOrgUnitMutation();
  const { values, setErrors, field, reset } = useFormFields(EMPTY);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createOrgUnitBodySchema.safeParse({ ...values, parent: values.parent || null, validFrom: values.validFrom || null });
    setErrors(parsed.success ? {} : issuesByField(parsed.error.issues, locale));
    if (!parsed.success) return;
    create.mutate(parsed.data, {
      onSuccess: reset,
      onError: (error) => {
        if (error instanceof ApiError) setErrors(error.fields ?? {});
      },
    });
  };
  const shownByField = create.error instanceof ApiError && Object.keys(create.error.fields ?? {}).length > 0;
  return (
    <form className="panel" aria-labelledby="new-unit-heading" onSubmit={submit} noValidate>
      <h2 id="new-unit-heading">{t.unitsAdmin.newUnit}</h2>
      <div className="field-grid">
        <TextField label={t.unitsAdmin.name} {...field('name')} />
        <TextField label={t.unitsAdmin.code} autoComplete="off" hint={t.unitsAdmin.codeHint} {...field('code')} />
        <SelectField
          label={t.unitsAdmin.kind}
          options={orgUnitKinds.map((kind) => ({ value: kind, label: orgUnitKindNames[locale][kind] }))}
          {...field('kind')}
        />
        <SelectField
          label={t.unitsAdmin.parent}
          placeholder={t.unitsAdmin.noParent}
          options={units.map((unit) => ({ value: unit.code, label: orgUnitName(unit, locale) }))}
          {...field('parent')}
        />
        <TextField label={t.unitsAdmin.validFrom} type="date" {...field('validFrom')} />
      </div>
      {!shownByField && <ActionError error={create.error} />}
      <div className="actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t.unitsAdmin.create}
        </button>
        {create.isSuccess && (
          <p className="saved-notice" role="status">
            <span aria-hidden="true">✔ </span>
            {t.unitsAdmin.created(orgUnitName(create.data, locale))}
          </p>
        )}
      </div>
    </form>
  );
}
