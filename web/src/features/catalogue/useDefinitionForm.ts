import type { DefinitionState, IndicatorDefinition } from '@kpi/shared';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useSaveDefinitionMutation } from '../../api/definition-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { checkDefinition, serverFieldErrors, toFormValues, type DefinitionFormValues, type FormPath } from './definition-form-model';

/** What a 409 carries beside `error`: the entry as it is now. */
function conflictCurrent(error: unknown): DefinitionState | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const body = error.body as { current?: DefinitionState } | undefined;
  return body?.current ?? null;
}

interface Options {
  initial: DefinitionFormValues;
  /** The entry's version the form is based on (0: a new indicator). */
  version: number;
  /** What the form does not show, kept as the entry has it. */
  kept: Pick<IndicatorDefinition, 'replacedBy' | 'retiredFrom'>;
  onSaved: (state: DefinitionState) => void;
}

/**
 * The definition form's state: checked with the shared contract before anything is sent, then the
 * server's refusals by field; a stale version keeps what was typed and shows the current entry.
 */
export function useDefinitionForm({ initial, version, kept, onSaved }: Options) {
  const { locale } = useStaffI18n();
  const save = useSaveDefinitionMutation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [baseVersion, setBaseVersion] = useState(version);
  const [conflict, setConflict] = useState<DefinitionState | null>(null);

  const change = (path: FormPath, value: string) => setValues((current) => ({ ...current, [path]: value }));

  const send = (onVersion: number) => {
    const checked = checkDefinition(values, kept, locale);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    save.mutate(
      { code: checked.definition.code, version: onVersion, definition: checked.definition },
      {
        onSuccess: (state) => {
          setConflict(null);
          setBaseVersion(state.version);
          onSaved(state);
        },
        onError: (error) => {
          setErrors(error instanceof ApiError ? serverFieldErrors(error.fields) : {});
          const current = conflictCurrent(error);
          // A code taken is the code's fault, said beside it; a stale version is the conflict panel's.
          setConflict(current && error instanceof ApiError && error.code === 'conflict' ? current : null);
        },
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(baseVersion);
  };
  const saveMine = () => {
    if (!conflict) return;
    setBaseVersion(conflict.version);
    send(conflict.version);
  };
  const loadCurrent = () => {
    if (!conflict) return;
    const current = conflict.draft?.definition ?? conflict.published;
    if (current) setValues(toFormValues(current));
    setBaseVersion(conflict.version);
    setErrors({});
    setConflict(null);
  };
  const hasFieldErrors = save.error instanceof ApiError && Object.keys(save.error.fields ?? {}).length > 0;
  return { values, errors, change, submit, save, conflict, saveMine, loadCurrent, hasFieldErrors };
}
