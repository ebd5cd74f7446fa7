import type { Review } from '@kpi/shared';
import type { ReviewAgency } from './agency.js';
import { layoutDocx } from './docx-layout.js';
import { reviewLayout } from './layout.js';
import { reviewToPdf } from './pdf/review-pdf.js';

export { DEFAULT_REVIEW_AGENCY, type ReviewAgency } from './agency.js';

/** The review as a Word document: a report in the decree's form in Vietnamese, the plain form in English. */
export function reviewDocx(review: Review, agency: ReviewAgency): Promise<Buffer> {
  return layoutDocx(reviewLayout(review, agency), agency.agency);
}

/** The same document as a PDF, with its fonts embedded. */
export function reviewPdf(review: Review, agency: ReviewAgency): Promise<Buffer> {
  return reviewToPdf(reviewLayout(review, agency), agency.agency);
}
