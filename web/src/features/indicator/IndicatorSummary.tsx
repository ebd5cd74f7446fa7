import type { IndicatorDetail } from '@kpi/shared';
import { useId } from 'react';
import { useIndicatorI18n } from '../../i18n/indicator-words';
import { ChangeLabel } from '../../ui/ChangeLabel';
import { FigureHeadline } from '../../ui/FigureHeadline';
import { MilestoneHeadline } from './MilestoneHeadline';
import { OutlookLine } from '../../ui/OutlookLine';
import { QualityWarning } from '../../ui/QualityWarning';
import { RatioDetails } from '../../ui/RatioDetails';
import { StatusBadge } from '../../ui/StatusBadge';
import { TargetLine } from '../../ui/TargetLine';

/** The indicator as of the year on screen, as its overview card says it, a little larger. */
export function IndicatorSummary({ detail }: { detail: IndicatorDetail }) {
  const { t } = useIndicatorI18n();
  const headingId = useId();
  const { indicator, asOf } = detail;
  return (
    <section className={`card card--${asOf.status.status} as-of`} aria-labelledby={headingId}>
      <div className="card__top">
        <h3 id={headingId} className="card__title">
          {t.indicatorPage.asOfHeading(asOf.year)}
        </h3>
        <StatusBadge status={asOf.status.status} reason={asOf.status.explanation.reason} />
      </div>
      {/* A task's date is its due (or done) date, not an "as of" date: it has its own headline. */}
      {asOf.figure?.kind === 'milestone' ? <MilestoneHeadline asOf={asOf} /> : <FigureHeadline indicator={indicator} figure={asOf.figure} year={asOf.year} />}
      {asOf.change && <ChangeLabel change={asOf.change} indicator={indicator} />}
      {indicator.kind !== 'milestone' && <TargetLine target={asOf.target} indicator={indicator} />}
      <OutlookLine outlook={asOf.outlook} indicator={indicator} tooFewShown={asOf.status.explanation.reason === 'single-figure'} />
      {indicator.scope === 'national' && <p className="card__note">{t.card.nationalScope}</p>}
      {asOf.flags.map((flag) => (
        <QualityWarning key={`${flag.code}-${flag.year}`} flag={flag} indicator={indicator} />
      ))}
      {asOf.figure?.kind === 'ratio' && <RatioDetails figure={asOf.figure} />}
    </section>
  );
}
