import { formatDateTime, type DefinitionState, type User } from '@kpi/shared';
import { useState } from 'react';
import { usePublishDefinitionMutation, useReturnDefinitionMutation } from '../../api/definition-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { ReturnForm } from '../approval/ReturnForm';

/**
 * Four eyes: a pending draft is published or returned (with a reason) by an approver other than its
 * author; its author is told it waits for another. A draft returned last shows who returned it and why.
 */
export function DefinitionReview({ state, user }: { state: DefinitionState; user: User }) {
  const { t, locale } = useStaffI18n();
  const words = t.catalogue.review;
  const publish = usePublishDefinitionMutation();
  const sendBack = useReturnDefinitionMutation();
  const [returning, setReturning] = useState(false);
  const { draft } = state;
  const latest = state.history[0];
  if (!draft) {
    if (publish.isSuccess || sendBack.isSuccess) {
      return (
        <p className="saved-notice" role="status">
          <span aria-hidden="true">✔ </span>
          {publish.isSuccess ? words.published : words.returned}
        </p>
      );
    }
    if (latest?.state !== 'returned') return null;
    return (
      <section className="panel review-panel" role="note">
        <p>
          <span aria-hidden="true">↩ </span>
          {words.returnedNotice(latest.reviewedBy ?? '', latest.reviewedAt ? formatDateTime(latest.reviewedAt, locale) : '')}
        </p>
        <blockquote>{latest.reviewComment}</blockquote>
      </section>
    );
  }
  const own = draft.createdBy === user.username;
  return (
    <section className="panel review-panel" aria-labelledby="definition-review-heading">
      <h3 id="definition-review-heading">{words.title}</h3>
      <p>{words.by(draft.createdBy, formatDateTime(draft.createdAt, locale))}</p>
      {own ? (
        <p>
          <span aria-hidden="true">⏳ </span>
          {words.ownDraft}
        </p>
      ) : returning ? (
        <ReturnForm
          pending={sendBack.isPending}
          onReturn={(comment) => sendBack.mutate({ code: state.code, version: state.version, comment })}
          onCancel={() => setReturning(false)}
        />
      ) : (
        <div className="actions">
          <button type="button" className="button" disabled={publish.isPending} onClick={() => publish.mutate({ code: state.code, version: state.version })}>
            {words.publish}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setReturning(true)}>
            {words.returnIt}
          </button>
        </div>
      )}
      <ActionError error={publish.error ?? sendBack.error} />
    </section>
  );
}
