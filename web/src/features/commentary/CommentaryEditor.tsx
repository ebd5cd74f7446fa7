import { formatDateTime, type CommentaryRevision, type CommentaryState } from '@kpi/shared';
import { useCommentaryStateQuery } from '../../api/commentary-hooks';
import { commentaryWords } from '../../i18n/commentary-words';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { returnedCommentary } from './commentary-start';
import { CommentaryForm } from './CommentaryForm';
import './commentary.css';

/** Where the commentary stands, in words: nothing yet, a draft waiting, published, or returned with the approver's comment. */
function StateLine({ state, returned }: { state: CommentaryState; returned: CommentaryRevision | null }) {
  const { locale } = useStaffI18n();
  const w = commentaryWords[locale];
  if (returned) {
    return (
      <div className="returned-notice" role="note">
        <p>
          <span aria-hidden="true">↩ </span>
          <strong>{w.stateReturned(returned.reviewedBy ?? '', returned.reviewComment ?? '')}</strong>
        </p>
        {returned.reviewedAt && <p className="revision-meta">{formatDateTime(returned.reviewedAt, locale)}</p>}
      </div>
    );
  }
  const text = state.draft ? w.stateDraft(state.draft.createdBy) : state.published ? w.statePublished : w.stateNone;
  return <p className="muted">{text}</p>;
}

/**
 * The analysts' editor of an indicator's year's analysis and actions, on the entry page where they
 * enter its figure. It starts from the pending draft, else a returned one (to correct), else the
 * published one. A stale save keeps what was typed and shows the current commentary beside it.
 */
export function CommentaryEditor({ code, year, unit }: { code: string; year: number; unit: string }) {
  const { locale } = useStaffI18n();
  const w = commentaryWords[locale];
  const query = useCommentaryStateQuery(code, year, unit);
  return (
    <section className="panel commentary-editor" aria-labelledby="commentary-editor-heading">
      <h2 id="commentary-editor-heading">{w.editorHeading}</h2>
      <p className="muted">{w.editorHint}</p>
      <QueryState query={query}>
        {(state) => {
          const returned = returnedCommentary(state);
          return (
            <>
              <StateLine state={state} returned={returned} />
              {/* Not keyed by version: a newer commentary (a conflict) must not wipe what was typed. */}
              <CommentaryForm code={code} year={year} unit={unit} state={state} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
