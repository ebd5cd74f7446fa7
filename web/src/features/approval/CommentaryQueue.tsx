import type { Indicator, User } from '@kpi/shared';
import { useCommentaryDraftsQuery } from '../../api/commentary-hooks';
import { commentaryWords } from '../../i18n/commentary-words';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { CommentaryDraftItem } from './CommentaryDraftItem';
import '../commentary/commentary.css';

/** Analysis and actions waiting for an approver, oldest first, below the figures' drafts. */
export function CommentaryQueue({ user, indicators, onReviewed }: { user: User; indicators: Indicator[]; onReviewed: (text: string, ok: boolean) => void }) {
  const { locale } = useStaffI18n();
  const w = commentaryWords[locale];
  const drafts = useCommentaryDraftsQuery();
  return (
    <section className="commentary-queue" aria-labelledby="commentary-queue-heading">
      <h2 id="commentary-queue-heading">{w.queueHeading}</h2>
      <QueryState query={drafts}>
        {({ drafts: queue }) =>
          queue.length === 0 ? (
            <p className="state-panel">{w.queueEmpty}</p>
          ) : (
            <ul className="draft-list">
              {queue.map((state) => {
                const indicator = indicators.find((i) => i.code === state.indicatorCode);
                return indicator && state.draft ? (
                  <li key={`${state.indicatorCode}/${state.year}/${state.orgUnit}`}>
                    <CommentaryDraftItem state={state} draft={state.draft} indicator={indicator} user={user} onReviewed={onReviewed} />
                  </li>
                ) : null;
              })}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
