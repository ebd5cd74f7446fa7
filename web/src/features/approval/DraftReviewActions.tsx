import { useId, useState } from 'react';
import type { ReviewAction } from '../../api/approval-hooks';
import { ApiError } from '../../api/client';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { closeDialog } from './close-dialog';
import { ReturnForm } from './ReturnForm';
import { ReviewDialog } from './ReviewDialog';

/** What of a draft's review mutation the actions use: a figure's and a commentary's are alike. */
export interface DraftReview {
  mutateAsync: (action: ReviewAction) => Promise<unknown>;
  reset: () => void;
  isPending: boolean;
  error: Error | null;
}

/** The sentences of the two dialogs and their outcomes, naming what is reviewed. */
export interface DraftReviewWords {
  confirmPublish: string;
  confirmPublishHint: string;
  confirmReturn: string;
  published: string;
  returned: string;
}

interface DraftReviewActionsProps {
  review: DraftReview;
  /** The draft's version as loaded (a stale one gets 409), and who wrote it. */
  state: { version: number; authorName: string };
  /** The reviewer wrote the draft: Publish is refused (four eyes), and the card says why. */
  own: boolean;
  words: DraftReviewWords;
  /** Says what happened once the queue has been reloaded (the card is usually gone by then). */
  onReviewed: (outcome: string, ok: boolean) => void;
}

/** Publish and Return for one pending draft, each confirmed in a dialog: the same for figures and commentary. */
export function DraftReviewActions({ review, state, own, words, onReviewed }: DraftReviewActionsProps) {
  const { version, authorName } = state;
  const { t } = useStaffI18n();
  const [asking, setAsking] = useState<ReviewAction['action'] | null>(null);
  const reasonId = useId();

  const act = async (action: ReviewAction, outcome: string) => {
    try {
      await review.mutateAsync(action);
      setAsking(null);
      onReviewed(outcome, true);
    } catch (error) {
      // Someone else published, returned or replaced the draft meanwhile: the queue has reloaded itself.
      // Any other failure stays in the dialog, to try again or cancel.
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
  const failure = <ActionError error={review.error} />;

  return (
    <>
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
        <ReviewDialog title={words.confirmPublish} hint={words.confirmPublishHint} onCancel={() => setAsking(null)}>
          <>
            {failure}
            <div className="actions">
              <button type="button" className="button" disabled={review.isPending} onClick={() => void act({ action: 'publish', version }, words.published)}>
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
        <ReviewDialog title={words.confirmReturn} hint={t.approval.confirmReturnHint(authorName)} onCancel={() => setAsking(null)}>
          <>
            {failure}
            <ReturnForm
              pending={review.isPending}
              onCancel={closeDialog}
              onReturn={(comment) => void act({ action: 'return', version, comment }, words.returned)}
            />
          </>
        </ReviewDialog>
      )}
    </>
  );
}
