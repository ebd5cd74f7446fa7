import type { Review } from '@kpi/shared';
import { reviewDocxPath } from '../../api/review-hooks';
import { useI18n } from '../../i18n/useI18n';
import { ReadAloud } from './ReadAloud';

/** Download as .docx (the department's working format), print on A4, read aloud. Hidden in print. */
export function ReviewActions({ review }: { review: Review }) {
  const { t } = useI18n();
  return (
    <div className="review-actions" role="group" aria-label={t.review.actions}>
      <a className="button" href={reviewDocxPath(review.year, review.locale)} download title={t.review.downloadHint}>
        {t.review.download}
      </a>
      <button type="button" className="button button--quiet" onClick={() => window.print()}>
        {t.review.print}
      </button>
      <ReadAloud review={review} />
    </div>
  );
}
