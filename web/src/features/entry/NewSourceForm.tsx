import { newSourceSchema, sourceKinds, type Source } from '@kpi/shared';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { errorFields } from '../../api/client';
import { useCreateSourceMutation } from '../../api/entry-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { issuesByField } from '../../ui/form/issues';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';

const EMPTY = { number: '', title: '', issuer: '', publisher: '', date: '', kind: 'report', url: '' };
type Field = keyof typeof EMPTY;

/**
 * A source document added without leaving the figure. It sits inside the figure's <form>, so it is
 * a fieldset (forms cannot nest) and Enter adds the source instead of saving the figure.
 */
export function NewSourceForm({ onCreated, onCancel }: { onCreated: (source: Source) => void; onCancel: () => void }) {
  const { t, locale } = useStaffI18n();
  const create = useCreateSourceMutation();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const fieldset = useRef<HTMLFieldSetElement>(null);
  // A refused source: take the reader to the first field that says why (or to the failure).
  useEffect(() => {
    fieldset.current?.querySelector<HTMLElement>('[aria-invalid="true"], .form-error')?.focus();
  }, [errors, create.error]);

  const submit = () => {
    const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());
    const parsed = newSourceSchema.safeParse({
      ...values,
      number: blankToNull(values.number),
      issuer: blankToNull(values.issuer),
      publisher: blankToNull(values.publisher),
      date: blankToNull(values.date),
      url: blankToNull(values.url),
    });
    if (!parsed.success) return setErrors(issuesByField(parsed.error.issues, locale));
    setErrors({});
    create.mutate(parsed.data, { onSuccess: onCreated, onError: (error) => setErrors(errorFields(error)) });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      submit();
    }
  };
  const field = (name: Field) => ({
    value: values[name],
    onChange: (value: string) => setValues((current) => ({ ...current, [name]: value })),
    error: errors[name],
  });

  return (
    <fieldset ref={fieldset} className="subform" onKeyDown={onKeyDown}>
      <legend>{t.sources.newTitle}</legend>
      {/* In reading order: a dense grid would lift the issuer beside the kind, ahead of the title it follows. */}
      <div className="field-grid field-grid--in-order">
        <TextField label={t.sources.number} hint={t.sources.numberHint} autoFocus {...field('number')} />
        <SelectField label={t.sources.kind} options={sourceKinds.map((kind) => ({ value: kind, label: t.sourceKinds[kind] }))} {...field('kind')} />
        <TextField className="field--wide" label={t.sources.title} {...field('title')} />
        <TextField label={t.sources.issuer} hint={t.sources.issuerHint} {...field('issuer')} />
        <TextField label={t.sources.publisher} hint={t.sources.publisherHint} {...field('publisher')} />
        <TextField label={t.sources.date} type="date" {...field('date')} />
        <TextField className="field--wide" label={t.sources.url} type="url" inputMode="url" {...field('url')} />
      </div>
      {Object.keys(errorFields(create.error)).length === 0 && <ActionError error={create.error} />}
      <div className="actions">
        <button type="button" className="button" disabled={create.isPending} onClick={submit}>
          {t.sources.save}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t.actions.cancel}
        </button>
      </div>
    </fieldset>
  );
}
