import type { Locale, Review } from '@kpi/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import { queryKeys } from './keys';

export const reviewPath = (year: number, locale: Locale) => `/api/reviews/${year}?lang=${locale}`;
/** The same review as a Word document; the server names the file. */
export const reviewDocxPath = (year: number, locale: Locale) => `/api/reviews/${year}/review.docx?lang=${locale}`;

/** The yearly review drafted from the published figures, in `locale`; waits until the year is known. */
export function useReviewQuery(year: number | undefined, locale: Locale) {
  return useQuery({
    queryKey: queryKeys.review(year, locale),
    queryFn: ({ signal }) => apiGet<Review>(reviewPath(year!, locale), signal),
    enabled: year !== undefined,
  });
}
