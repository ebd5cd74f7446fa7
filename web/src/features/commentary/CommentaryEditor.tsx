import { formatDateTime, type CommentaryRevision, type CommentaryState } from '@kpi/shared';
import { useState } from 'react';
import { useCommentaryStateQuery } from '../../api/commentary-hooks';
import { commentaryWords } from '../../i18n/commentary-words';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
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
 * published one; a stale save reloads the current commentary and says so.
 */
export function CommentaryEditor({ code, year, unit }: { code: string; year: number; unit: string }) {
  const { locale } = useStaffI18n();
  const w = commentaryWords[locale];
  const query = useCommentaryStateQuery(code, year, unit);
  // Said outside the form, which starts afresh with each new version (after a save or a conflict).
  const [notice, setNotice] = useState<'saved' | 'conflict' | null>(null);
  return (
    <section className="panel commentary-editor" aria-labelledby="commentary-editor-heading">
      <h2 id="commentary-editor-heading">{w.editorHeading}</h2>
      <p className="muted">{w.editorHint}</p>
      <QueryState query={query}>
        {(state) => {
          // The newest revision, when an approver sent it back and nothing was written since.
          const latest = state.history[0] ?? null;
          const returned = !state.draft && latest?.state === 'returned' ? latest : null;
          return (
            <>
              <StateLine state={state} returned={returned} />
              {notice === 'conflict' && (
                <p className="form-error" role="alert">
                  {w.conflict}
                </p>
              )}
              {/* Keyed by version: a reloaded commentary starts a fresh form. */}
              <CommentaryForm
                key={state.version}
                code={code}
                year={year}
                unit={unit}
                version={state.version}
                start={state.draft ?? returned ?? state.published}
                onSaved={() => setNotice('saved')}
                onConflict={() => setNotice('conflict')}
              />
              {notice === 'saved' && (
                <p className="saved-notice" role="status">
                  <span aria-hidden="true">✔ </span>
                  {w.saved}
                </p>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
