import type { Review } from '@kpi/shared';

/**
 * The review as the paragraphs a voice reads, one utterance each: title, introduction, each
 * heading and sentence, where we are heading, the analysis and actions, the data-quality notes. Reference marks ([1]) are left out — read aloud
 * they are noise; the sources stay on the page.
 */
export function reviewSpeechText(review: Review, caveatsHeading: string): string[] {
  return [
    review.title,
    review.intro,
    ...review.sections.flatMap((section) => [section.heading, ...section.sentences.map((s) => s.text)]),
    review.outlook.heading,
    ...review.outlook.sentences.map((s) => s.text),
    ...(review.outlook.empty ? [review.outlook.empty] : []),
    review.tasks.heading,
    ...review.tasks.items.flatMap((i) => [i.title, ...i.analysis, ...i.actions]),
    ...(review.tasks.empty ? [review.tasks.empty] : []),
    ...(review.caveats.length ? [caveatsHeading, ...review.caveats.map((c) => c.text)] : []),
  ];
}
