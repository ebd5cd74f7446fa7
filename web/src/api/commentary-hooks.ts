import {
  PROVINCE_UNIT,
  type CommentaryDraftList,
  type CommentaryEntry,
  type CommentaryState,
  type PendingCommentary,
  type PublishedCommentary,
} from '@kpi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/useI18n';
import type { ReviewAction } from './approval-hooks';
import { ApiError, apiGet, apiSend } from './client';
import { queryKeys } from './keys';

/** A commentary's address, with `suffix` (`/revisions`, `/publish`…); a unit's names it, the province's none. */
export const commentaryPath = (code: string, year: number, unit: string = PROVINCE_UNIT, suffix = '') =>
  `/api/indicators/${encodeURIComponent(code)}/commentary/${year}${suffix}${unit === PROVINCE_UNIT ? '' : `?unit=${encodeURIComponent(unit)}`}`;

/** The published analysis and actions of an indicator's year (readers). */
export function usePublishedCommentaryQuery(code: string, year: number) {
  return useQuery({
    queryKey: queryKeys.publishedCommentary(code, year),
    queryFn: ({ signal }) => apiGet<PublishedCommentary>(commentaryPath(code, year), signal),
  });
}

/** The commentary with its draft and history (analysts). */
export function useCommentaryStateQuery(code: string, year: number, unit: string = PROVINCE_UNIT) {
  return useQuery({
    queryKey: queryKeys.commentaryState(code, year, unit),
    queryFn: ({ signal }) => apiGet<CommentaryState>(commentaryPath(code, year, unit, '/revisions'), signal),
  });
}

/** Saves a draft; a 409 (stale) and a 400 (fields) reach the editor as ApiErrors, the 409's `current` the cache too. */
export function useSaveCommentaryMutation(code: string, year: number, unit: string = PROVINCE_UNIT) {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: (entry: CommentaryEntry) => apiSend<CommentaryState>('PUT', commentaryPath(code, year, unit), entry, { locale }),
    onSuccess: (state) => {
      queryClient.setQueryData(queryKeys.commentaryState(code, year, unit), state);
      void queryClient.invalidateQueries({ queryKey: queryKeys.commentaryDrafts() });
    },
    // A 409 carries the commentary as it is now: the page shows it, and the next try names its version.
    onError: (error) => {
      const current = error instanceof ApiError && error.status === 409 ? (error.body as { current?: CommentaryState } | undefined)?.current : undefined;
      if (current) queryClient.setQueryData(queryKeys.commentaryState(code, year, unit), current);
    },
  });
}

/** Commentary with a pending draft: the approvers' queue beside the figures'. */
export function useCommentaryDraftsQuery() {
  return useQuery({
    queryKey: queryKeys.commentaryDrafts(),
    queryFn: ({ signal }) => apiGet<CommentaryDraftList>('/api/commentary-drafts', signal),
  });
}

/** Publish or return a commentary draft; afterwards the queue, the commentary and the indicator's page are refetched. */
export function useCommentaryReviewMutation({ indicatorCode: code, year, orgUnit }: Pick<PendingCommentary, 'indicatorCode' | 'year' | 'orgUnit'>) {
  const queryClient = useQueryClient();
  const { locale } = useI18n();
  return useMutation({
    mutationFn: ({ action, ...body }: ReviewAction) => apiSend<CommentaryState>('POST', commentaryPath(code, year, orgUnit, `/${action}`), body, { locale }),
    // Also after a failure: a 409 means the queue on screen is out of date.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.commentaryDrafts() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.commentaryState(code, year, orgUnit) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.indicator(code) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.reviews() }),
      ]),
  });
}
