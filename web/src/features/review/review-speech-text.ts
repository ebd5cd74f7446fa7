import type { Review } from '@kpi/shared';

/**
 * The review as the paragraphs a voice reads, one utterance each: title, introduction, each
 * heading and sentence, the data-quality notes. Reference marks ([1]) are left out — read aloud
 * they are noise; the sources stay on the page.
 */
export function reviewSpeechText(review: Review, caveatsHeading: string): string[] {
  return [
    review.title,
    review.intro,
    ...review.sections.flatMap((section) => [section.heading, ...section.sentences.map((s) => s.text)]),
    ...(review.caveats.length ? [caveatsHeading, ...review.caveats.map((c) => c.text)] : []),
  ];
}
