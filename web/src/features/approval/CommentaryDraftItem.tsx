import { PROVINCE_UNIT, type CommentaryRevision, type Indicator, type PendingCommentary, type User } from '@kpi/shared';
import { useId } from 'react';
import { useCommentaryReviewMutation } from '../../api/commentary-hooks';
import { commentaryWords } from '../../i18n/commentary-words';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { unitLabel } from '../../ui/unit-label';
import { CommentaryView } from '../commentary/CommentaryView';
import { DraftReviewActions } from './DraftReviewActions';

interface CommentaryDraftItemProps {
  state: PendingCommentary;
  draft: CommentaryRevision;
  indicator: Indicator;
  user: User;
  onReviewed: (outcome: string, ok: boolean) => void;
}

/** One pending analysis with its actions, and Publish and Return, each confirmed in a dialog, as figures' drafts are. */
export function CommentaryDraftItem({ state, draft, indicator, user, onReviewed }: CommentaryDraftItemProps) {
  const { locale } = useStaffI18n();
  const w = commentaryWords[locale];
  const review = useCommentaryReviewMutation(state);
  const headingId = useId();
  const name = state.orgUnit === PROVINCE_UNIT ? indicator.name[locale] : `${indicator.name[locale]} (${unitLabel(state.unit, state.orgUnit, locale)})`;

  return (
    <article className="panel draft" aria-labelledby={headingId}>
      <h3 id={headingId} className="draft__title">
        {w.itemTitle(name, state.year)}
      </h3>
      <p className="muted">{w.author(state.authorName)}</p>
      <CommentaryView analysis={draft.analysis} actions={draft.actions} locale={locale} />
      <DraftReviewActions
        review={review}
        state={state}
        own={draft.createdBy === user.username}
        words={{
          confirmPublish: w.confirmPublish(name, state.year),
          confirmPublishHint: w.confirmPublishHint,
          confirmReturn: w.confirmReturn(name, state.year),
          published: w.published(name, state.year),
          returned: w.returned(name, state.year, state.authorName),
        }}
        onReviewed={onReviewed}
      />
    </article>
  );
}
