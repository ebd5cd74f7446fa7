import type { IndicatorDetail } from '@kpi/shared';
import { useId } from 'react';
import { useIndicatorI18n } from '../../i18n/indicator-words';
import { ChangeLabel } from '../../ui/ChangeLabel';
import { BasisMark } from '../../ui/BasisMark';
import { StatusBadge } from '../../ui/StatusBadge';
import { figureCell, publishedCell, targetCell } from './figure-cells';

/**
 * Every year of the indicator as a table: figure, the published rate beside the computed one
 * (ratios), the target in force, the status and the change. The table scrolls sideways on a
 * phone inside a focusable region, so keyboard users can scroll it too.
 */
export function SeriesTable({ detail }: { detail: IndicatorDetail }) {
  const { t, locale } = useIndicatorI18n();
  const p = t.indicatorPage;
  const captionId = useId();
  const { indicator, series } = detail;
  const isRatio = indicator.kind === 'ratio';
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table series-table">
        <caption id={captionId} className="data-table__caption">
          {p.seriesCaption(indicator.name[locale])}
        </caption>
        <thead>
          <tr>
            <th scope="col">{p.colYear}</th>
            <th scope="col">{isRatio ? p.colComputed : p.colFigure}</th>
            {isRatio && <th scope="col">{p.colPublished}</th>}
            <th scope="col">{p.colTarget}</th>
            <th scope="col">{p.colStatus}</th>
            <th scope="col">{p.colChange}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((entry) => {
            const mismatch = entry.flags.find((flag) => flag.code === 'published-mismatch');
            return (
              <tr key={entry.year}>
                <th scope="row">{entry.year}</th>
                <td className="num" data-label={isRatio ? p.colComputed : p.colFigure}>
                  {figureCell(entry.figure, indicator, t, locale)}
                  {entry.figure && <BasisMark basis={entry.figure.basis} spaced />}
                </td>
                {isRatio && (
                  <td className="num" data-label={p.colPublished}>
                    {publishedCell(entry.figure, t, locale)}
                    {mismatch && (
                      <span className="series-table__flag" title={t.quality.label}>
                        {' '}
                        <span aria-hidden="true">⚠</span>
                        <span className="sr-only">{t.quality.label}</span>
                      </span>
                    )}
                  </td>
                )}
                <td data-label={p.colTarget}>{targetCell(entry.target, indicator, t, locale)}</td>
                {/* A year with a target but no figure yet has no status of its own to show. */}
                <td data-label={p.colStatus}>
                  {entry.figure ? <StatusBadge status={entry.status.status} reason={entry.status.explanation.reason} /> : p.none}
                </td>
                <td data-label={p.colChange}>{entry.change ? <ChangeLabel change={entry.change} indicator={indicator} /> : p.none}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
