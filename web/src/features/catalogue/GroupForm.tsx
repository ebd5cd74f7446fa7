import { createIndicatorGroupBodySchema, updateIndicatorGroupBodySchema, type IndicatorGroupEntry } from '@kpi/shared';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useCreateGroupMutation, useUpdateGroupMutation } from '../../api/group-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { issuesByField } from '../../ui/form/issues';
import { TextField } from '../../ui/form/TextField';
import { useFormFields } from '../../ui/form/useFormFields';

/** An empty order means "after the last group" on a new one; a number typed is read as a whole number. */
const orderOf = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));

/**
 * A group's names in both languages and its place in the lists: a new group (its code too), or the
 * `group` given, saved with the version the list showed. Checked with the API's own schema first;
 * the server's refusals (a taken code, a stale version) are shown by field.
 */
export function GroupForm({ group, onDone }: { group?: IndicatorGroupEntry; onDone?: () => void }) {
  const { t, locale } = useStaffI18n();
  const words = t.catalogue.groups;
  const create = useCreateGroupMutation();
  const update = useUpdateGroupMutation();
  const mutation = group ? update : create;
  // Fields named by the contract's paths, so the schema's and the server's messages land on them.
  const { values, setErrors, field, reset } = useFormFields({
    code: group?.code ?? '',
    'name.vi': group?.name.vi ?? '',
    'name.en': group?.name.en ?? '',
    order: group ? String(group.order) : '',
  });
  const onError = (error: Error) => {
    if (error instanceof ApiError) setErrors(error.fields ?? {});
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = { vi: values['name.vi'], en: values['name.en'] };
    const order = orderOf(values.order);
    if (group) {
      // The version the list shows now: after a 409 the list has reloaded, so saving again is deliberate.
      const parsed = updateIndicatorGroupBodySchema.safeParse({ name, order, version: group.version });
      setErrors(parsed.success ? {} : issuesByField(parsed.error.issues, locale));
      if (parsed.success) update.mutate({ code: group.code, ...parsed.data }, { onSuccess: () => onDone?.(), onError });
    } else {
      const parsed = createIndicatorGroupBodySchema.safeParse({ code: values.code, name, order });
      setErrors(parsed.success ? {} : issuesByField(parsed.error.issues, locale));
      if (parsed.success) create.mutate(parsed.data, { onSuccess: reset, onError });
    }
  };
  const conflict = mutation.error instanceof ApiError && mutation.error.status === 409 && mutation.error.fields?.version !== undefined;
  const shownByField = mutation.error instanceof ApiError && Object.keys(mutation.error.fields ?? {}).length > 0;
  const headingId = group ? `group-form-${group.code}` : 'group-form-new';
  return (
    <form className="panel group-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h4 id={headingId}>{group ? words.editTitle(group.code) : words.newTitle}</h4>
      <div className="field-grid">
        {!group && <TextField label={words.code} autoComplete="off" hint={words.codeHint} {...field('code')} />}
        <TextField label={words.nameVi} {...field('name.vi')} />
        <TextField label={words.nameEn} {...field('name.en')} />
        <TextField label={words.order} inputMode="numeric" hint={group ? words.orderHint : words.orderNewHint} {...field('order')} />
      </div>
      {conflict && (
        <p className="form-error" role="alert">
          {words.conflict}
        </p>
      )}
      {!shownByField && <ActionError error={mutation.error} />}
      <div className="actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {group ? words.save : words.create}
        </button>
        {group && onDone && (
          <button type="button" className="button button--quiet" onClick={onDone}>
            {t.actions.cancel}
          </button>
        )}
        {!group && create.isSuccess && (
          <p className="saved-notice" role="status">
            <span aria-hidden="true">✔ </span>
            {words.created(create.data.name[locale])}
          </p>
        )}
      </div>
    </form>
  );
}
