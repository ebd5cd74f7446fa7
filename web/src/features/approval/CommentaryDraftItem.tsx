import { PROVINCE_UNIT, type CommentaryRevision, type Indicator, type PendingCommentary, type User } from '@kpi/shared';
import { useId, useState } from 'react';
import type { ReviewAction } from '../../api/approval-hooks';
import { useCommentaryReviewMutation } from '../../api/commentary-hooks';
import { ApiError } from '../../api/client';
import { commentaryWords } from '../../i18n/commentary-words';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { unitLabel } from '../../ui/unit-label';
import { CommentaryView } from '../commentary/CommentaryView';
import { closeDialog } from './close-dialog';
import { ReturnForm } from './ReturnForm';
import { ReviewDialog } from './ReviewDialog';

interface CommentaryDraftItemProps {
  state: PendingCommentary;
  draft: CommentaryRevision;
  indicator: Indicator;
  user: User;
  onReviewed: (outcome: string, ok: boolean) => void;
}

/** One pending analysis with its actions, and Publish and Return, each confirmed in a dialog, as figures' drafts are. */
export function CommentaryDraftItem({ state, draft, indicator, user, onReviewed }: CommentaryDraftItemProps) {
  const { t, locale } = useStaffI18n();
  const w = commentaryWords[locale];
  const review = useCommentaryReviewMutation(state);
  const [asking, setAsking] = useState<ReviewAction['action'] | null>(null);
  const reasonId = useId();
  const headingId = useId();
  // Four eyes: the server refuses an author publishing their own draft; say so before they try.
  const own = draft.createdBy === user.username;
  const name = state.orgUnit === PROVINCE_UNIT ? indicator.name[locale] : `${indicator.name[locale]} (${unitLabel(state.unit, state.orgUnit, locale)})`;

  const act = async (action: ReviewAction, outcome: string) => {
    try {
      await review.mutateAsync(action);
      setAsking(null);
      onReviewed(outcome, true);
    } catch (error) {
      // Someone else reviewed or replaced the draft meanwhile: the queue has reloaded itself.
      if (error instanceof ApiError && error.status === 409) {
        setAsking(null);
        onReviewed(t.approval.stale, false);
      }
    }
  };
  const ask = (action: ReviewAction['action']) => {
    review.reset();
    setAsking(action);
  };

  return (
    <article className="panel draft" aria-labelledby={headingId}>
      <h3 id={headingId} className="draft__title">
        {w.itemTitle(name, state.year)}
      </h3>
      <p className="muted">{w.author(state.authorName)}</p>
      <CommentaryView analysis={draft.analysis} actions={draft.actions} locale={locale} />
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={own || review.isPending}
          aria-describedby={own ? reasonId : undefined}
          onClick={() => ask('publish')}
        >
          {t.approval.publish}
        </button>
        <button type="button" className="button button--quiet" disabled={review.isPending} onClick={() => ask('return')}>
          {t.approval.return}
        </button>
        {own && (
          <p id={reasonId} className="muted">
            {t.approval.ownDraft}
          </p>
        )}
      </div>
      {asking === 'publish' && (
        <ReviewDialog title={w.confirmPublish(name, state.year)} hint={w.confirmPublishHint} onCancel={() => setAsking(null)}>
          <>
            <ActionError error={review.error} />
            <div className="actions">
              <button
                type="button"
                className="button"
                disabled={review.isPending}
                onClick={() => void act({ action: 'publish', version: state.version }, w.published(name, state.year))}
              >
                {t.approval.publish}
              </button>
              <button type="button" className="button button--quiet" onClick={closeDialog}>
                {t.actions.cancel}
              </button>
            </div>
          </>
        </ReviewDialog>
      )}
      {asking === 'return' && (
        <ReviewDialog title={w.confirmReturn(name, state.year)} hint={t.approval.confirmReturnHint(state.authorName)} onCancel={() => setAsking(null)}>
          <>
            <ActionError error={review.error} />
            <ReturnForm
              pending={review.isPending}
              onCancel={closeDialog}
              onReturn={(comment) => void act({ action: 'return', version: state.version, comment }, w.returned(name, state.year, state.authorName))}
            />
          </>
        </ReviewDialog>
      )}
    </article>
  );
}
