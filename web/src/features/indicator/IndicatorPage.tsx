import { PageMain } from '../../ui/PageMain';
import { isIndicatorCode } from '@kpi/shared';
import { Link, useParams } from '../../app/routing';
import { ApiError } from '../../api/client';
import { useIndicatorQuery } from '../../api/indicator-hooks';
import { Header } from '../../ui/header/Header';
import { IndicatorDetailView } from './IndicatorDetailView';
import { overviewHref } from './links';
import { QueryState } from '../../ui/QueryState';
import { useIndicatorI18n } from '../../i18n/indicator-words';
import { useYearParam } from '../../ui/useYearParam';
import './indicator.css';

/** An unknown or malformed code: a page that says so and leads back, not a crash. */
function UnknownIndicator({ code, year }: { code: string; year: number | undefined }) {
  const { t, locale } = useIndicatorI18n();
  return (
    <section className="state-panel">
      <h2>{t.indicatorPage.notFoundTitle}</h2>
      <p>{t.indicatorPage.notFoundHint(code)}</p>
      <Link to={overviewHref(year, locale)}>{t.notFound.back}</Link>
    </section>
  );
}

/** `/indicators/:code?year=&lang=`: one indicator's series, status explained, sources and targets. */
export function IndicatorPage() {
  const { code = '' } = useParams();
  const [year] = useYearParam();
  const valid = isIndicatorCode(code);
  // A malformed code never reaches the API: the query stays idle and the page says "not found".
  const query = useIndicatorQuery(code, year, valid);
  const notFound = !valid || (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400));
  const detail = query.data;
  const years = detail ? [...new Set(detail.series.flatMap((entry) => (entry.figure ? [entry.figure.year] : [])))] : undefined;
  return (
    <>
      <Header yearPicker={notFound ? undefined : { years, year: detail?.asOf.year ?? year }} />
      <PageMain className="indicator-page" busy={query.isFetching}>
        {notFound ? <UnknownIndicator code={code} year={year} /> : <QueryState query={query}>{(data) => <IndicatorDetailView detail={data} />}</QueryState>}
      </PageMain>
    </>
  );
}
