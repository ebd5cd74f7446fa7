import type { Locale, Review } from '@kpi/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import { queryKeys } from './keys';

export const reviewPath = (year: number, locale: Locale) => `/api/reviews/${year}?lang=${locale}`;
/** The same review as a Word document or a PDF (in Vietnamese a report in the decree's form); the server names the file. */
export const reviewFilePath = (year: number, locale: Locale, format: 'docx' | 'pdf') => `/api/reviews/${year}/review.${format}?lang=${locale}`;

/** The yearly review drafted from the published figures, in `locale`; waits until the year is known. */
export function useReviewQuery(year: number | undefined, locale: Locale) {
  return useQuery({
    queryKey: queryKeys.review(year, locale),
    queryFn: ({ signal }) => apiGet<Review>(reviewPath(year!, locale), signal),
    enabled: year !== undefined,
  });
}
