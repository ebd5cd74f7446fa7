import { returnBodySchema } from '@kpi/shared';
import { useState, type FormEvent, type MouseEvent } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { issuesByField } from '../../ui/form/issues';

/** Returning a draft needs a reason: the author reads it beside their figure. */
export function ReturnForm({
  pending,
  onReturn,
  onCancel,
}: {
  pending: boolean;
  onReturn: (comment: string) => void;
  onCancel: (event: MouseEvent<HTMLButtonElement>) => void;
}) {
  const { t, locale } = useStaffI18n();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = returnBodySchema.shape.comment.safeParse(comment);
    if (!parsed.success) return setError(issuesByField(parsed.error.issues, locale).form);
    setError(undefined);
    onReturn(parsed.data);
  };
  return (
    <form className="subform" onSubmit={submit} noValidate>
      <TextAreaField label={t.approval.comment} value={comment} onChange={setComment} error={error} />
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {t.approval.sendBack}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t.actions.cancel}
        </button>
      </div>
    </form>
  );
}
