import type { IndicatorDetail } from '@kpi/shared';
import { useId } from 'react';
import { useIndicatorI18n } from '../../i18n/indicator-words';
import { BasisMark } from '../../ui/BasisMark';
import { STATUS_ICONS } from '../../ui/status-meta';
import { dueDateOf, statusReasonText } from '../../ui/status-reason';
import { explanationRows } from './explanation-text';
import { MilestoneFacts } from './MilestoneFacts';

/** "Why this colour?": the status, its reason in a sentence, and the figures and rule behind it. */
export function StatusExplanation({ detail }: { detail: IndicatorDetail }) {
  const { t, locale } = useIndicatorI18n();
  const headingId = useId();
  const { indicator, asOf, series } = detail;
  const { status, explanation } = asOf.status;
  // A task has no figures to compare: its facts are its state and dates, and the rule is the reason.
  const rows = indicator.kind === 'milestone' ? [] : explanationRows(indicator, asOf, series, t, locale);
  const p = t.indicatorPage;
  return (
    <section className={`why why--${status}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{p.whyHeading(t.status[status])}</h3>
      {/* The heading names the status in words; the badge is beside the figure, so not repeated here. */}
      <p className="why__conclusion">
        <span className="why__icon" aria-hidden="true">
          {STATUS_ICONS[status]}
        </span>
        <span>{statusReasonText(explanation.reason, dueDateOf(asOf.figure), t, locale)}</span>
      </p>
      {indicator.kind === 'milestone' && <MilestoneFacts asOf={asOf} />}
      <dl className="facts">
        {rows.map((row) => (
          <div key={row.key} className={`facts__row facts__row--${row.key}`}>
            <dt>{row.label}</dt>
            <dd>
              {row.value}
              {row.basis && <BasisMark basis={row.basis} spaced />}
            </dd>
          </div>
        ))}
        <div className="facts__row">
          <dt>{p.method}</dt>
          <dd>
            {indicator.kind === 'milestone' ? p.methodMilestoneName : p.methodName} · <a href="#method">{p.methodLink}</a>
          </dd>
        </div>
      </dl>
      {explanation.basis === 'percentile' && <p className="why__note">{p.percentileNote}</p>}
    </section>
  );
}
