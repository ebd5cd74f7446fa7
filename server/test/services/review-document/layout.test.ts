import { buildReview, reviewPhrases } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_AGENCY } from '../../../src/services/review-document/agency.js';
import { DECREE, textWidthPt } from '../../../src/services/review-document/decree-style.js';
import { decreeLayout } from '../../../src/services/review-document/layout.js';
import { textWidth } from '../../../src/services/review-document/pdf/measure.js';

describe('the decree layout', () => {
  it('computes the header’s columns and rules once, for the Word and the PDF writer alike', () => {
    const review = buildReview([], [], 2024, 'vi', '2025-01-15T03:00:00Z');
    const d = decreeLayout(review, DEFAULT_REVIEW_AGENCY).decree!;
    expect(d.recipientsLabel).toBe(reviewPhrases.vi.recipientsLabel);
    expect(d.geometry.leftColumn).toBeCloseTo(textWidthPt * DECREE.leftColumnShare);
    expect(d.geometry.leftColumn + d.geometry.rightColumn).toBeCloseTo(textWidthPt);
    // II.2: the agency's rule is 1/2.5 of its line; II.1: the motto's as long as the motto.
    expect(d.geometry.agencyRule).toBeCloseTo(textWidth(d.agency, 'bold', d.agencySize) / 2.5);
    expect(d.geometry.mottoRule).toBeCloseTo(textWidth(d.motto[1], 'bold', DECREE.size.motto));
  });
});
