import { chartValue, formatNumber, orgUnitName, type Indicator, type UnitBreakdown, type UnitRow } from '@kpi/shared';
import { memo } from 'react';
import { useScreenI18n } from '../../i18n/screen-words';
import { chartNumber } from '../../ui/chart-format';
import { targetText } from '../../ui/figure-text';
import { StatusBadge } from '../../ui/StatusBadge';
import { unitWords } from '../../i18n/unit-words';

/** Rows a 16:9 slide holds at a size read from the back of the room. */
export const UNITS_SHOWN = 10;

const valueOf = (row: UnitRow) => (row.figure ? chartValue({ ...row.figure, source: null }) : null);

/** The bars' full length: 100 for percentages (a rate's natural scale), else a little past the largest figure or target shown. */
function scaleOf(rows: readonly UnitRow[], indicator: Indicator): number {
  const values = rows.flatMap((row) => [valueOf(row) ?? 0, row.target?.value ?? 0]);
  const largest = Math.max(0, ...values);
  if (indicator.unit === 'percent') return Math.max(100, largest);
  return largest > 0 ? largest * 1.1 : 1;
}

const share = (value: number, scale: number) => `${Math.min(100, Math.max(0, (value / scale) * 100))}%`;

/**
 * One indicator's communes and wards for the year, furthest behind at the top: how many of how many
 * reported, then the first rows as bars against the target that judges each, with the figure and
 * its status in icon and word (the bar's colour only repeats it). A unit judged by its own target
 * says so. Plain HTML bars, not a chart library: the screen's bundle stays small. Memoised like the
 * other slides: a publication that leaves this breakdown alone does not redraw it.
 */
export const UnitsSlide = memo(function UnitsSlide({ indicator, breakdown }: { indicator: Indicator; breakdown: UnitBreakdown }) {
  const { t, locale } = useScreenI18n();
  const words = t.screen.units;
  const { year, province, units } = breakdown;
  const districts = units.length > 0 && units.every((row) => row.unit.kind === 'district' || row.unit.kind === 'city');
  const reported = units.filter((row) => row.figure !== null);
  const shown = reported.slice(0, UNITS_SHOWN);
  const scale = scaleOf(shown, indicator);
  const n = (count: number) => formatNumber(count, locale);
  const target = (row: UnitRow) => (row.target ? targetText({ ...row.target, source: null }, indicator, t, locale) : null);
  const rest = reported.length - shown.length;
  const missing = province.expected - province.reported;
  return (
    <>
      <h2 className="screen-slide__title">{(districts ? words.titleDistricts : words.title)(indicator.name[locale], year)}</h2>
      <p className="screen-units__facts">
        <strong className="screen-units__count">{(districts ? words.reportedDistricts : words.reported)(n(province.reported), n(province.expected))}</strong>
        {province.target && <span>{words.provinceTarget(targetText({ ...province.target, source: null }, indicator, t, locale))}</span>}
        {shown.length > 0 && <span>{words.order}</span>}
      </p>
      {shown.length === 0 ? (
        <p className="screen-units__none">{words.none(year)}</p>
      ) : (
        <table className="screen-units">
          <caption className="sr-only">{unitWords[locale].tableCaption(year)}</caption>
          <thead>
            <tr>
              <th scope="col">{unitWords[locale].colRank}</th>
              <th scope="col">{unitWords[locale].colUnit}</th>
              <th scope="col">{unitWords[locale].colFigure}</th>
              <th scope="col">{unitWords[locale].colStatus}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row, index) => {
              const value = valueOf(row);
              return (
                <tr key={row.unit.code} className="screen-units__row">
                  <td className="screen-units__rank">{n(index + 1)}</td>
                  <th scope="row" className="screen-units__name">
                    {orgUnitName(row.unit, locale)}
                    {row.targetOf === 'unit' && (
                      <span className="screen-units__own">
                        <span aria-hidden="true">◆ </span>
                        {words.ownTarget(target(row) ?? '')}
                      </span>
                    )}
                  </th>
                  <td className="screen-units__figure">
                    <span className="screen-units__track" aria-hidden="true">
                      {value !== null && (
                        <span className="screen-units__fill" style={{ width: share(value, scale), background: `var(--${row.status.status}-edge)` }} />
                      )}
                      {row.target && <span className="screen-units__target" style={{ left: share(row.target.value, scale) }} />}
                    </span>
                    <span className="screen-units__value">{value === null ? '' : chartNumber(value, indicator, locale)}</span>
                  </td>
                  <td className="screen-units__status">
                    <StatusBadge status={row.status.status} reason={row.status.reason} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {(rest > 0 || (shown.length > 0 && missing > 0)) && (
        <p className="screen-units__more">
          {[rest > 0 ? words.rest(n(rest)) : null, missing > 0 ? words.missing(n(missing)) : null].filter(Boolean).join(' · ')}
        </p>
      )}
    </>
  );
});
