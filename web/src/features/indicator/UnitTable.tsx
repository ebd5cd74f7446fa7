import { orgUnitName, type Indicator, type UnitBreakdown } from '@kpi/shared';
import { formatNumber } from '@kpi/shared';
import { useId } from 'react';
import { useIndicatorI18n } from '../../i18n/indicator-words';
import { BasisMark } from '../../ui/BasisMark';
import { ChangeLabel } from '../../ui/ChangeLabel';
import { figureText, targetText } from '../../ui/figure-text';
import { StatusBadge } from '../../ui/StatusBadge';
import { STATUS_ICONS } from '../../ui/status-meta';
import { markedBehind } from './unit-rows';
import { unitWords } from '../../i18n/unit-words';

/**
 * The units ranked, furthest behind first, those not reported last: figure, the target that judges
 * it and whose it is (a unit's own marked ◆ and said in words), the status in icon and word, the change since last year. The five furthest
 * behind are marked with a flag and words, not colour alone; on a phone each row becomes a card.
 */
export function UnitTable({ breakdown, indicator }: { breakdown: UnitBreakdown; indicator: Indicator }) {
  const { t, locale } = useIndicatorI18n();
  const u = unitWords[locale];
  const captionId = useId();
  const behind = markedBehind(breakdown.units);
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table unit-table">
        <caption id={captionId} className="data-table__caption">
          {u.tableCaption(breakdown.year)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{u.colRank}</th>
            <th scope="col">{u.colUnit}</th>
            <th scope="col">{u.colFigure}</th>
            <th scope="col">{u.colTarget}</th>
            <th scope="col">{u.colStatus}</th>
            <th scope="col">{u.colChange}</th>
          </tr>
        </thead>
        <tbody>
          {breakdown.units.map((row, index) => {
            const marked = behind.has(row.unit.code);
            return (
              <tr key={row.unit.code} className={marked ? 'unit-table__row--behind' : row.figure ? undefined : 'data-table__row--muted'}>
                <td className="num unit-table__rank" data-label={u.colRank}>
                  {row.figure ? formatNumber(index + 1, locale) : t.indicatorPage.none}
                  {marked && (
                    <span className="unit-table__flag" title={u.behindMark}>
                      {' '}
                      <span aria-hidden="true">⚑</span>
                      <span className="sr-only">{u.behindMark}</span>
                    </span>
                  )}
                </td>
                <th scope="row">{orgUnitName(row.unit, locale)}</th>
                <td className="num" data-label={u.colFigure}>
                  {row.figure ? (
                    <>
                      {figureText(row.figure.kind === 'ratio' ? { ...row.figure, published: null } : row.figure, indicator, t, locale)}
                      {/* A commune's figure can be derived or assumed too (entry, import): said as on the province's. */}
                      <BasisMark basis={row.figure.basis} spaced />
                    </>
                  ) : (
                    u.notReported
                  )}
                </td>
                <td data-label={u.colTarget}>
                  {row.target ? (
                    <>
                      {targetText({ ...row.target, source: null }, indicator, t, locale)}{' '}
                      {row.targetOf === 'unit' ? (
                        <span className="unit-table__origin unit-table__origin--own">
                          <span aria-hidden="true">◆ </span>
                          {u.ownTarget}
                        </span>
                      ) : (
                        <span className="unit-table__origin">({u.provinceTarget})</span>
                      )}
                    </>
                  ) : (
                    t.indicatorPage.none
                  )}
                </td>
                <td data-label={u.colStatus}>
                  {row.figure ? (
                    <StatusBadge status={row.status.status} reason={row.status.reason} />
                  ) : (
                    <span className="status-badge status--no-data">
                      <span className="status-badge__icon" aria-hidden="true">
                        {STATUS_ICONS['no-data']}
                      </span>
                      {u.notReported}
                    </span>
                  )}
                </td>
                <td data-label={u.colChange}>{row.change ? <ChangeLabel change={row.change} indicator={indicator} /> : t.indicatorPage.none}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
