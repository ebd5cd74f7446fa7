import { PageMain } from '../../ui/PageMain';
import { useDashboardQuery } from '../../api/dashboard-hooks';
import { useReviewQuery } from '../../api/review-hooks';
import { Header } from '../../ui/header/Header';
import { QueryState } from '../../ui/QueryState';
import { ReviewActions } from './ReviewActions';
import { ReviewDocument } from './ReviewDocument';
import { useI18n } from '../../i18n/useI18n';
import { useYearParam } from '../../ui/useYearParam';
import './review.css';

/**
 * The yearly review (`/review?year=2020&lang=vi`): the narrative drafted from the published
 * figures, to read, print on A4, download as .docx or hear read aloud. Without `?year=` it is the
 * latest year with data, as on the overview; the dashboard query (shared with the overview's
 * cache) gives that year and the years to pick from.
 */
export function ReviewPage() {
  const [yearParam] = useYearParam();
  const { locale } = useI18n();
  const dashboard = useDashboardQuery(yearParam);
  const year = yearParam ?? dashboard.data?.year;
  const review = useReviewQuery(year, locale);
  return (
    <>
      <Header yearPicker={{ years: dashboard.data?.years, year }} />
      <PageMain className="page--review" busy={review.isFetching}>
        {year === undefined && dashboard.isError ? (
          // No year to draft until the latest one is known: the dashboard's error, with its retry.
          <QueryState query={dashboard}>{() => null}</QueryState>
        ) : (
          <QueryState query={review}>
            {(data) => (
              <>
                <ReviewActions review={data} />
                <ReviewDocument review={data} />
              </>
            )}
          </QueryState>
        )}
      </PageMain>
    </>
  );
}
