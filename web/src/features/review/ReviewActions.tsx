import type { Review } from '@kpi/shared';
import { reviewFilePath } from '../../api/review-hooks';
import { useReviewI18n } from '../../i18n/review-words';
import { ReadAloud } from './ReadAloud';

/**
 * Download as .docx (the department's working format, to number and sign) or as PDF (to send as it
 * is), print on A4, read aloud. Hidden in print.
 */
export function ReviewActions({ review }: { review: Review }) {
  const { t } = useReviewI18n();
  return (
    <div className="review-actions" role="group" aria-label={t.review.actions}>
      <a className="button" href={reviewFilePath(review.year, review.locale, 'docx')} download title={t.review.downloadHint}>
        {t.review.download}
      </a>
      <a className="button" href={reviewFilePath(review.year, review.locale, 'pdf')} download title={t.review.downloadPdfHint}>
        {t.review.downloadPdf}
      </a>
      <button type="button" className="button button--quiet" onClick={() => window.print()}>
        {t.review.print}
      </button>
      <ReadAloud review={review} />
    </div>
  );
}
