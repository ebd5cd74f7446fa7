import type { CommentaryState } from '@kpi/shared';
import { commentaryWords } from '../../i18n/commentary-words';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { useFocusOnResult } from '../../ui/useFocusOnResult';
import { returnedCommentary, startingCommentary } from './commentary-start';
import { CommentaryView } from './CommentaryView';

interface CommentaryConflictProps {
  current: CommentaryState;
  saving: boolean;
  onSaveMine: () => void;
  onLoadCurrent: () => void;
}

/**
 * A 409: someone saved or reviewed this commentary since the form loaded. Nothing typed is lost:
 * the form keeps it, the current commentary is shown beside it, and the analyst chooses to save
 * theirs on top or take the current one.
 */
export function CommentaryConflict({ current, saving, onSaveMine, onLoadCurrent }: CommentaryConflictProps) {
  const { locale } = useStaffI18n();
  const w = commentaryWords[locale];
  // The save button is disabled while saving, which drops focus to the page: take it here.
  const headingRef = useFocusOnResult<HTMLHeadingElement>(current);
  const shown = startingCommentary(current);
  const returned = returnedCommentary(current);
  const title = current.draft
    ? w.conflictCurrentDraft(current.draft.createdBy)
    : returned
      ? w.conflictCurrentReturned(returned.reviewedBy ?? '')
      : w.conflictCurrentPublished;
  return (
    <section className="conflict" role="alert" aria-labelledby="commentary-conflict-heading">
      <h3 id="commentary-conflict-heading" ref={headingRef} tabIndex={-1}>
        <span aria-hidden="true">⚠ </span>
        {w.conflictTitle}
      </h3>
      <p>{w.conflictHint}</p>
      <div className="summary-box">
        {shown ? (
          <>
            <h4 className="summary-box__title">{title}</h4>
            <CommentaryView analysis={shown.analysis} actions={shown.actions} locale={locale} />
          </>
        ) : (
          <p className="summary-box__empty">{w.conflictNoneNow}</p>
        )}
      </div>
      <div className="actions">
        <button type="button" className="button" disabled={saving} onClick={onSaveMine}>
          {w.saveMine}
        </button>
        <button type="button" className="button button--quiet" onClick={onLoadCurrent}>
          {w.loadCurrent}
        </button>
      </div>
    </section>
  );
}
