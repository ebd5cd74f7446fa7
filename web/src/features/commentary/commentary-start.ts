import type { CommentaryRevision, CommentaryState } from '@kpi/shared';

/** The newest revision, when an approver sent it back and nothing was written since. */
export const returnedCommentary = (state: CommentaryState): CommentaryRevision | null => {
  const latest = state.history[0] ?? null;
  return !state.draft && latest?.state === 'returned' ? latest : null;
};

/** What the editor starts from: the pending draft, else a returned one (to correct), else the published one. */
export const startingCommentary = (state: CommentaryState): CommentaryRevision | null => state.draft ?? returnedCommentary(state) ?? state.published;
