import { entryPath, formatPercent, PROVINCE_UNIT, type Figure, type Indicator, type Locale, type PendingDraft, type Revision, type User } from '@kpi/shared';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useReviewMutation, type ReviewAction } from '../../api/approval-hooks';
import { ApiError } from '../../api/client';
import type { StaffDictionary } from '../../i18n/useStaffI18n';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { figureText } from '../../ui/figure-text';
import { ActionError } from '../../ui/form/ActionError';
import { unitLabel } from '../../ui/unit-label';
import { closeDialog } from './close-dialog';
import { DraftEvidence } from './DraftEvidence';
import { ReturnForm } from './ReturnForm';
import { ReviewDialog } from './ReviewDialog';

interface DraftItemProps {
  state: PendingDraft;
  draft: Revision;
  indicator: Indicator;
  user: User;
  /** Says what happened once the queue has been reloaded (this card is usually gone by then). */
  onReviewed: (outcome: string, ok: boolean) => void;
}

/** The figure as the confirmation names it: a ratio by its rate, `30,77%`, the rest as the queue writes them. */
function shortFigure(figure: Figure, indicator: Indicator, t: StaffDictionary, locale: Locale): string {
  return figure.kind === 'ratio' ? formatPercent(figure.rate, locale, indicator.decimals, true) : figureText(figure, indicator, t, locale);
}

/** One pending draft with its evidence, and Publish and Return, each confirmed in a dialog that names the figure. */
export function DraftItem({ state, draft, indicator, user, onReviewed }: DraftItemProps) {
  const { t, locale } = useStaffI18n();
  const review = useReviewMutation(state);
  const [asking, setAsking] = useState<ReviewAction['action'] | null>(null);
  const reasonId = useId();
  const headingId = useId();
  // Four eyes: the server refuses an author publishing their own draft; say so before they try.
  const own = draft.createdBy === user.username;
  // A commune's or ward's figure says whose it is, and opens in the entry form under its unit.
  const province = state.orgUnit === PROVINCE_UNIT;
  const name = province ? indicator.name[locale] : `${indicator.name[locale]} (${unitLabel(state.unit, state.orgUnit, locale)})`;
  const entryUrl = entryPath(state.indicatorCode, state.year, state.orgUnit);
  const figure = shortFigure(draft.figure, indicator, t, locale);

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
    <article className="panel draft" aria-labelledby={headingId}>
      <h3 id={headingId} className="draft__title">
        {t.approval.itemTitle(name, state.year)}
      </h3>
      <DraftEvidence state={state} draft={draft} indicator={indicator} />
      <Link to={entryUrl}>{t.approval.open}</Link>
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
        <ReviewDialog title={t.approval.confirmPublish(name, state.year, figure)} hint={t.approval.confirmPublishHint} onCancel={() => setAsking(null)}>
          <>
            {failure}
            <div className="actions">
              <button
                type="button"
                className="button"
                disabled={review.isPending}
                onClick={() => void act({ action: 'publish', version: state.version }, t.approval.published(name, state.year, figure))}
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
        <ReviewDialog
          title={t.approval.confirmReturn(name, state.year, figure)}
          hint={t.approval.confirmReturnHint(state.authorName)}
          onCancel={() => setAsking(null)}
        >
          <>
            {failure}
            <ReturnForm
              pending={review.isPending}
              onCancel={closeDialog}
              onReturn={(comment) => void act({ action: 'return', version: state.version, comment }, t.approval.returned(name, state.year, state.authorName))}
            />
          </>
        </ReviewDialog>
      )}
    </article>
  );
}
