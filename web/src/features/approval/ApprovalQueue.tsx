import type { User } from '@kpi/shared';
import { useEffect, useRef, useState } from 'react';
import { useDraftsQuery } from '../../api/approval-hooks';
import { useIndicatorsQuery } from '../../api/indicator-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { CommentaryQueue } from './CommentaryQueue';
import { DraftItem } from './DraftItem';

/** Drafts waiting for an approver, oldest first, as the server orders them: figures, then analysis and actions. */
export function ApprovalQueue({ user }: { user: User }) {
  const { t } = useStaffI18n();
  const drafts = useDraftsQuery();
  const indicators = useIndicatorsQuery();
  // What the last publish or return did. It stays, and takes focus: the reviewed card is gone
  // by then, and focus would otherwise fall back to the top of the page.
  const [outcome, setOutcome] = useState<{ text: string; ok: boolean; at: number } | null>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);
  return (
    <>
      <div className="page-heading">
        <h2>{t.approval.title}</h2>
        <p className="muted">{t.approval.hint}</p>
      </div>
      <p ref={outcomeRef} className="review-outcome" role="status" tabIndex={-1}>
        {outcome && <span aria-hidden="true">{outcome.ok ? '✓ ' : '⚠ '}</span>}
        {outcome?.text}
      </p>
      <QueryState query={indicators}>
        {({ indicators: list }) => (
          <>
            <QueryState query={drafts}>
              {({ drafts: queue }) =>
                queue.length === 0 ? (
                  <p className="state-panel">{t.approval.empty}</p>
                ) : (
                  <ul className="draft-list">
                    {queue.map((state) => {
                      const indicator = list.find((i) => i.code === state.indicatorCode);
                      return indicator && state.draft ? (
                        <li key={`${state.indicatorCode}/${state.year}`}>
                          <DraftItem
                            state={state}
                            draft={state.draft}
                            indicator={indicator}
                            user={user}
                            onReviewed={(text, ok) => setOutcome({ text, ok, at: Date.now() })}
                          />
                        </li>
                      ) : null;
                    })}
                  </ul>
                )
              }
            </QueryState>
            <CommentaryQueue user={user} indicators={list} onReviewed={(text, ok) => setOutcome({ text, ok, at: Date.now() })} />
          </>
        )}
      </QueryState>
    </>
  );
}
