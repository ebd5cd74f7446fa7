import { retireBodySchema, type DefinitionState } from '@kpi/shared';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useRetireDefinitionMutation } from '../../api/definition-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { issuesByField } from '../../ui/form/issues';
import { TextField } from '../../ui/form/TextField';

/** Retiring from a data year on is a draft too: another approver publishes it. */
export function RetireForm({ state }: { state: DefinitionState }) {
  const { t, locale } = useStaffI18n();
  const words = t.catalogue.retire;
  const retire = useRetireDefinitionMutation();
  const [year, setYear] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = retireBodySchema.safeParse({ version: state.version, fromYear: year.trim() === '' ? undefined : Number(year) });
    if (!parsed.success) return setError(issuesByField(parsed.error.issues, locale).fromYear);
    setError(undefined);
    retire.mutate({ code: state.code, ...parsed.data }, { onError: (failure) => setError(failure instanceof ApiError ? failure.fields?.fromYear : undefined) });
  };
  return (
    <form className="panel" aria-labelledby="retire-heading" onSubmit={submit} noValidate>
      <h3 id="retire-heading">{words.title}</h3>
      <p className="field__hint">{words.hint}</p>
      <TextField label={words.fromYear} inputMode="numeric" value={year} onChange={setYear} error={error} />
      {!error && <ActionError error={retire.error} />}
      <div className="actions">
        <button type="submit" className="button button--quiet" disabled={retire.isPending}>
          {words.submit}
        </button>
        {retire.isSuccess && (
          <p className="saved-notice" role="status">
            <span aria-hidden="true">✔ </span>
            {words.done}
          </p>
        )}
      </div>
    </form>
  );
}
