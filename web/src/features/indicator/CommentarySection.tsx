import { formatDate, type IndicatorDetail } from '@kpi/shared';
import { usePublishedCommentaryQuery } from '../../api/commentary-hooks';
import { commentaryWords } from '../../i18n/commentary-words';
import { useI18n } from '../../i18n/useI18n';
import { CommentaryView } from '../commentary/CommentaryView';

/**
 * "What happened and what we will do about it": the published analysis and actions of the page's
 * year. Fetched after the page (its own chunk), so the first load does not grow; says so plainly
 * when none is published, since a leader asks for it beside a status.
 */
export function CommentarySection({ detail }: { detail: IndicatorDetail }) {
  const { locale } = useI18n();
  const w = commentaryWords[locale];
  const { indicator, asOf } = detail;
  const query = usePublishedCommentaryQuery(indicator.code, asOf.year);
  if (!query.data) return null;
  const { commentary } = query.data;
  return (
    <section className="detail-section commentary" aria-labelledby="commentary-heading">
      <h3 id="commentary-heading">{w.heading(asOf.year)}</h3>
      {commentary ? (
        <>
          <CommentaryView analysis={commentary.analysis} actions={commentary.actions} locale={locale} />
          <p className="commentary__meta">{w.publishedOn(formatDate(commentary.publishedAt, locale))}</p>
        </>
      ) : (
        <p className="muted">{w.none}</p>
      )}
    </section>
  );
}
