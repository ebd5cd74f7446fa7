import { formatNumber, type Indicator, type IndicatorDetail, type UnitBreakdown } from '@kpi/shared';
import { lazy, Suspense } from 'react';
import { useUnitBreakdownQuery } from '../../api/indicator-hooks';
import { useI18n } from '../../i18n/useI18n';
import { BasisMark } from '../../ui/BasisMark';
import { figureText, targetText } from '../../ui/figure-text';
import { useNearViewport } from '../../ui/trend/useNearViewport';
import type { UnitBarChartProps } from './UnitBarChart';
import { UnitTable } from './UnitTable';
import { unitBars } from './unit-rows';
import './unit-breakdown.css';
import { unitWords } from '../../i18n/unit-words';

// Recharts stays in its own chunk, drawn once the section nears the screen, as the series chart is.
const UnitBarChart = lazy(() => import('./UnitBarChart'));

/** The province from its parts beside the figure entered for it, and a difference flagged in words. */
function ProvinceFromUnits({ breakdown, indicator }: { breakdown: UnitBreakdown; indicator: Indicator }) {
  const { t, locale } = useI18n();
  const u = unitWords[locale];
  const { computed, entered, mismatch, reported, expected } = breakdown.province;
  const communes = breakdown.units.some((row) => row.unit.kind === 'commune' || row.unit.kind === 'ward');
  const count = (communes ? u.reported : u.reportedDistricts)(formatNumber(reported, locale), formatNumber(expected, locale));
  return (
    <div className="unit-province">
      <p className="unit-province__count">{count}</p>
      <dl className="unit-province__figures">
        {computed && (
          <div className="unit-province__figure">
            <dt>{u.computed}</dt>
            <dd>
              <strong>{figureText(computed, indicator, t, locale)}</strong>
              <span className="unit-province__note">{computed.kind === 'ratio' ? u.computedNote : u.computedSumNote}</span>
            </dd>
          </div>
        )}
        <div className="unit-province__figure">
          <dt>{u.entered}</dt>
          <dd>
            {entered ? (
              <>
                <strong>{figureText(entered, indicator, t, locale)}</strong>
                <BasisMark basis={entered.basis} spaced />
              </>
            ) : (
              u.noEntered
            )}
            {entered && computed && (
              <span className={mismatch ? 'unit-province__mismatch' : 'unit-province__note'}>
                <span aria-hidden="true">{mismatch ? '⚠ ' : '✔ '}</span>
                {mismatch ? u.mismatch : u.agree}
              </span>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}

/** The bar chart, drawn once it nears the screen (and its chunk has loaded); a placeholder of its place until then. */
function LazyUnitBarChart({ year, targetText, ownTargets, ...props }: UnitBarChartProps & { year: number; targetText: string | null; ownTargets: number }) {
  const { t, locale } = useI18n();
  const [ref, near] = useNearViewport<HTMLElement>();
  const placeholder = <div className="unit-chart unit-chart--loading">{t.chart.loading}</div>;
  return (
    <figure className="unit-breakdown__chart" ref={ref}>
      <figcaption className="data-table__caption">
        {unitWords[locale].chartLabel(year, targetText)}
        {/* The dashed line is the province's: say which units are judged by a target of their own instead. */}
        {ownTargets > 0 && <span className="unit-breakdown__own-targets">{unitWords[locale].ownTargets(formatNumber(ownTargets, locale))}</span>}
      </figcaption>
      {near ? (
        <Suspense fallback={placeholder}>
          <UnitBarChart {...props} />
        </Suspense>
      ) : (
        placeholder
      )}
    </figure>
  );
}

/**
 * "By commune": how many units reported, the province computed from them beside the entered
 * figure, the units as bars against the target and as a ranked table, furthest behind first.
 * Not shown for an indicator whose province is not made from its units, nor for a year no unit reported.
 */
export function UnitBreakdownSection({ detail }: { detail: IndicatorDetail }) {
  const { t, locale } = useI18n();
  const u = unitWords[locale];
  const { indicator, asOf } = detail;
  const hasUnits = indicator.kind === 'ratio' || indicator.kind === 'value';
  const query = useUnitBreakdownQuery(indicator.code, asOf.year, hasUnits);
  const breakdown = query.data;
  if (!breakdown || breakdown.aggregation === 'none' || breakdown.province.reported === 0) return null;
  const target = breakdown.province.target;
  return (
    <section className="detail-section unit-breakdown" aria-labelledby="units-heading">
      <h3 id="units-heading">{u.heading}</h3>
      <ProvinceFromUnits breakdown={breakdown} indicator={indicator} />
      <LazyUnitBarChart
        indicator={indicator}
        bars={unitBars(breakdown.units)}
        target={target?.value ?? null}
        targetText={target ? targetText({ ...target, source: null }, indicator, t, locale) : null}
        year={breakdown.year}
        ownTargets={breakdown.units.filter((row) => row.targetOf === 'unit').length}
      />
      <UnitTable breakdown={breakdown} indicator={indicator} />
    </section>
  );
}
