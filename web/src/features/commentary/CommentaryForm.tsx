import { commentaryEntrySchema, type CommentaryContent, type CommentaryState } from '@kpi/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSaveCommentaryMutation } from '../../api/commentary-hooks';
import { ApiError } from '../../api/client';
import { queryKeys } from '../../api/keys';
import { commentaryWords } from '../../i18n/commentary-words';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { issuesByField } from '../../ui/form/issues';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { TextField } from '../../ui/form/TextField';

/** An action as the form holds it: the date input gives '' for none. */
interface ActionFields {
  what: string;
  who: string;
  due: string;
  done: boolean;
}

const blank = (): ActionFields => ({ what: '', who: '', due: '', done: false });

interface CommentaryFormProps {
  code: string;
  year: number;
  unit: string;
  /** The commentary's version the save is based on (409 if it moved on). */
  version: number;
  start: CommentaryContent | null;
  onSaved: () => void;
  onConflict: () => void;
}

/** The analysis and the actions, checked by the shared contract before sending; each field's error beside it. */
export function CommentaryForm({ code, year, unit, version, start, onSaved, onConflict }: CommentaryFormProps) {
  const { locale } = useStaffI18n();
  const w = commentaryWords[locale];
  const queryClient = useQueryClient();
  const save = useSaveCommentaryMutation(code, year, unit);
  const [analysis, setAnalysis] = useState(start?.analysis ?? '');
  const [actions, setActions] = useState<ActionFields[]>(() => start?.actions.map((a) => ({ ...a, due: a.due ?? '' })) ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = (i: number, patch: Partial<ActionFields>) => setActions((list) => list.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = commentaryEntrySchema.safeParse({ version, analysis, actions: actions.map((a) => ({ ...a, due: a.due || null })) });
    setErrors(parsed.success ? {} : issuesByField(parsed.error.issues, locale));
    if (!parsed.success) return;
    save.mutate(parsed.data, {
      onSuccess: onSaved,
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        if (error.status === 409) {
          // The server sent the commentary as it is now: show it, and say why.
          const current = (error.body as { current?: CommentaryState } | undefined)?.current;
          if (current) queryClient.setQueryData(queryKeys.commentaryState(code, year, unit), current);
          onConflict();
        } else setErrors(error.fields ?? {});
      },
    });
  };
  const failed = save.error instanceof ApiError && (save.error.status === 409 || save.error.status === 400) ? null : save.error;

  return (
    <form className="commentary-editor__form" noValidate onSubmit={submit}>
      <TextAreaField label={w.analysis} value={analysis} onChange={setAnalysis} error={errors.analysis} rows={6} />
      <p className="field__hint muted">{w.analysisHint}</p>
      <h3>{w.actions}</h3>
      {errors.actions && <p className="form-error">{errors.actions}</p>}
      {actions.map((action, i) => (
        <fieldset key={i} className="commentary-editor__action">
          <legend>{w.action(i + 1)}</legend>
          <TextField label={w.what} value={action.what} onChange={(what) => change(i, { what })} error={errors[`actions.${i}.what`]} />
          <div className="field-grid">
            <TextField label={w.who} value={action.who} onChange={(who) => change(i, { who })} error={errors[`actions.${i}.who`]} />
            <TextField label={w.due} type="date" value={action.due} onChange={(due) => change(i, { due })} error={errors[`actions.${i}.due`]} />
          </div>
          <label className="commentary-editor__done">
            <input type="checkbox" checked={action.done} onChange={(event) => change(i, { done: event.target.checked })} />
            {w.doneLabel}
          </label>
          <button type="button" className="button button--quiet" onClick={() => setActions((list) => list.filter((_, j) => j !== i))}>
            {w.removeAction(i + 1)}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button button--quiet" onClick={() => setActions((list) => [...list, blank()])}>
        <span aria-hidden="true">+ </span>
        {w.addAction}
      </button>
      <ActionError error={failed} />
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {w.save}
        </button>
      </div>
    </form>
  );
}
