import { commentaryEntrySchema, type CommentaryContent, type CommentaryState } from '@kpi/shared';
import { useState, type FormEvent } from 'react';
import { useSaveCommentaryMutation } from '../../api/commentary-hooks';
import { ApiError } from '../../api/client';
import { commentaryWords } from '../../i18n/commentary-words';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { issuesByField } from '../../ui/form/issues';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { TextField } from '../../ui/form/TextField';
import { startingCommentary } from './commentary-start';
import { CommentaryConflict } from './CommentaryConflict';

/** An action as the form holds it: the date input gives '' for none. */
interface ActionFields {
  what: string;
  who: string;
  due: string;
  done: boolean;
}

const blank = (): ActionFields => ({ what: '', who: '', due: '', done: false });
const fieldsOf = (content: CommentaryContent | null): ActionFields[] => content?.actions.map((a) => ({ ...a, due: a.due ?? '' })) ?? [];

interface CommentaryFormProps {
  code: string;
  year: number;
  unit: string;
  /** The commentary as loaded: the form starts from it, and saves on top of its version (409 if it moved on). */
  state: CommentaryState;
}

/**
 * The analysis and the actions, checked by the shared contract before sending; each field's error
 * beside it. What was typed stays through a conflict: the current commentary is shown beside it.
 */
export function CommentaryForm({ code, year, unit, state }: CommentaryFormProps) {
  const { locale } = useStaffI18n();
  const w = commentaryWords[locale];
  const save = useSaveCommentaryMutation(code, year, unit);
  const [analysis, setAnalysis] = useState(() => startingCommentary(state)?.analysis ?? '');
  const [actions, setActions] = useState<ActionFields[]>(() => fieldsOf(startingCommentary(state)));
  const [baseVersion, setBaseVersion] = useState(state.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<CommentaryState | null>(null);
  const [saved, setSaved] = useState(false);
  const change = (i: number, patch: Partial<ActionFields>) => setActions((list) => list.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  /** Saves as a draft on top of `version` (the form's, or the current one after a conflict). */
  const send = (version: number) => {
    const parsed = commentaryEntrySchema.safeParse({ version, analysis, actions: actions.map((a) => ({ ...a, due: a.due || null })) });
    setErrors(parsed.success ? {} : issuesByField(parsed.error.issues, locale));
    if (!parsed.success) return;
    setSaved(false);
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        setBaseVersion(saved.version);
        setConflict(null);
        setSaved(true);
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        if (error.status === 409) {
          // The server sent the commentary as it is now (the hook puts it in the cache): show it beside the form.
          const current = (error.body as { current?: CommentaryState } | undefined)?.current;
          if (current) setConflict(current);
        } else setErrors(error.fields ?? {});
      },
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(baseVersion);
  };
  /** Drops what was typed and loads the commentary as it is now. */
  const loadCurrent = (current: CommentaryState) => {
    const start = startingCommentary(current);
    setAnalysis(start?.analysis ?? '');
    setActions(fieldsOf(start));
    setBaseVersion(current.version);
    setErrors({});
    setConflict(null);
    save.reset();
  };
  const failed = save.error instanceof ApiError && (save.error.status === 409 || save.error.status === 400) ? null : save.error;

  return (
    <form className="commentary-editor__form" noValidate onSubmit={submit}>
      {conflict && (
        <CommentaryConflict current={conflict} saving={save.isPending} onSaveMine={() => send(conflict.version)} onLoadCurrent={() => loadCurrent(conflict)} />
      )}
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
      {saved && (
        <p className="saved-notice" role="status">
          <span aria-hidden="true">✔ </span>
          {w.saved}
        </p>
      )}
    </form>
  );
}
