import type { CommentaryAction } from './schemas/commentary.js';

/** An action not done whose due date has passed (the day itself is still in time); `today` as todayIn gives it, in Vietnam. */
export function isOverdue(action: Pick<CommentaryAction, 'due' | 'done'>, today: string): boolean {
  return !action.done && action.due !== null && action.due < today;
}

/** The analysis in its paragraphs: separated by blank lines, as the analyst typed them. */
export function analysisParagraphs(analysis: string): string[] {
  return analysis
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** A year's published commentary as the yearly review takes it (db's `publishedYearCommentary`). */
export interface YearCommentary {
  indicatorCode: string;
  orgUnit: string;
  /** The unit's name; null for the province. */
  unitName: string | null;
  analysis: string;
  actions: CommentaryAction[];
}
