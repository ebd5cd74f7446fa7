import { lazy, Suspense, type ReactNode } from 'react';
import { groupName, rankingIndexOfIndicator, type IndicatorDetail } from '@kpi/shared';
import { Link } from '../../app/routing';
import { useIndicatorGroups } from '../../api/group-hooks';
import { useIndicatorI18n } from '../../i18n/indicator-words';
import { LazyTrendChart } from '../../ui/trend/LazyTrendChart';
import { FlagList } from './FlagList';
import { IndicatorSummary } from './IndicatorSummary';
import { indicatorHref, overviewHref } from './links';
import { MethodNote } from './MethodNote';
import { MilestoneHistory } from './MilestoneHistory';
import { SeriesBreakNotice } from './SeriesBreakNotice';
import { SeriesTable } from './SeriesTable';
import { SourceList } from './SourceList';
import { StatusExplanation } from './StatusExplanation';
import { TargetHistory } from './TargetHistory';
import { useNearViewport } from '../../ui/trend/useNearViewport';
import { useServerMarkup } from '../../ui/useServerMarkup';

/**
 * Only ranking indicators have peers, and the section sits below the fold: it loads with its own
 * chunk, so neither the overview's first load nor other indicators' pages carry it.
 */
const PeersSection = lazy(() => import('./peers/PeersSection').then((m) => ({ default: m.PeersSection })));
/** The communes' breakdown, also below the fold and fetched after the page: its own chunk too. */
const UnitBreakdownSection = lazy(() => import('./UnitBreakdownSection').then((m) => ({ default: m.UnitBreakdownSection })));

/** The year's published analysis and actions: fetched after the page, with its own chunk and words. */
const CommentarySection = lazy(() => import('./CommentarySection').then((m) => ({ default: m.CommentarySection })));

/**
 * Those lazy sections, added by the browser once the page is its own, and only when the reader
 * comes within a screen of where they go: the server's renderer (renderToString) cannot wait for a
 * lazy part, so neither its HTML nor the hydration that must match it has them; and a phone that
 * loaded each chunk, its data and its render at once spent a long task on them while the reader was
 * still on the figures at the top. Until then an empty marker holds their place.
 */
function WhenNear({ children }: { children: ReactNode }) {
  const server = useServerMarkup();
  const [ref, near] = useNearViewport<HTMLDivElement>('100% 0px');
  if (server) return null;
  return near ? <Suspense fallback={null}>{children}</Suspense> : <div ref={ref} className="indicator-detail__pending" />;
}

/**
 * The indicator page's content, in the order a leader asks: what it is, where it stands and why
 * that colour, the whole series (chart and table), what happened and what we will do about it,
 * where each figure comes from, which document
 * sets each target, what to be careful about, and the method.
 */
export function IndicatorDetailView({ detail }: { detail: IndicatorDetail }) {
  const { t, locale } = useIndicatorI18n();
  const p = t.indicatorPage;
  const { indicator, asOf, trend } = detail;
  // Seeded with the page on the server (entry-server.tsx), so the first HTML names the group.
  const groups = useIndicatorGroups();
  const isMilestone = indicator.kind === 'milestone';
  const hasChart = !isMilestone && trend.some((point) => point.value !== null);
  return (
    <article className="indicator-detail" aria-labelledby="indicator-name">
      <nav aria-label={p.pageLabel} className="indicator-detail__nav">
        <Link to={overviewHref(asOf.year, locale)}>{p.backToOverview(asOf.year)}</Link>
      </nav>
      <header className="indicator-detail__header">
        <h2 id="indicator-name">{indicator.name[locale]}</h2>
        <p className="indicator-detail__meta">
          {p.group}: {groupName(groups, indicator.group, locale)} · {p.kind}: {t.kinds[indicator.kind]} · {p.code}: <code>{indicator.code}</code>
        </p>
        {indicator.definition && <p className="indicator-detail__definition">{indicator.definition[locale]}</p>}
        {indicator.replacedBy && (
          // A leader opening an old link learns the indicator is no longer reported, and where its successor is.
          <p className="indicator-detail__replaced">
            {p.replacedBy}{' '}
            <Link to={indicatorHref(indicator.replacedBy.code, Math.max(asOf.year, indicator.replacedBy.fromYear), locale)}>
              {detail.replacement?.name[locale] ?? indicator.replacedBy.code}
            </Link>{' '}
            {p.replacedFrom(indicator.replacedBy.fromYear)} {p.replacedNote}
          </p>
        )}
        <SeriesBreakNotice detail={detail} />
      </header>
      <div className="indicator-detail__top">
        <IndicatorSummary detail={detail} />
        <StatusExplanation detail={detail} />
      </div>
      <section className="detail-section" aria-labelledby="series-heading">
        <h3 id="series-heading">{isMilestone ? p.historyHeading : p.seriesHeading}</h3>
        {hasChart && (
          <div className="indicator-detail__chart">
            <LazyTrendChart indicator={indicator} trend={trend} year={asOf.year} outlook={asOf.outlook} />
          </div>
        )}
        {isMilestone ? <MilestoneHistory detail={detail} /> : <SeriesTable detail={detail} />}
      </section>
      <WhenNear>
        <CommentarySection detail={detail} />
      </WhenNear>
      {!isMilestone && (
        <WhenNear>
          <UnitBreakdownSection detail={detail} />
        </WhenNear>
      )}
      {rankingIndexOfIndicator[indicator.code] && (
        <WhenNear>
          <PeersSection index={rankingIndexOfIndicator[indicator.code]!} />
        </WhenNear>
      )}
      <SourceList detail={detail} />
      {!isMilestone && <TargetHistory detail={detail} />}
      <FlagList detail={detail} />
      <MethodNote />
    </article>
  );
}
