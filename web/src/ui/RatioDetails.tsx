import { decimalsOf, formatNumber, formatPercent, type RatioFigureSummary } from '@kpi/shared';
import { useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';

/** A ratio's numerator and denominator and the figure as published, on demand. */
export function RatioDetails({ figure }: { figure: RatioFigureSummary }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="disclosure">
      <button
        type="button"
        className="disclosure__toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'} </span>
        {open ? t.card.hideRatio : t.card.showRatio}
      </button>
      {open && (
        <dl id={id} className="disclosure__body">
          <dt>{t.card.ratio}</dt>
          <dd>{`${formatNumber(figure.numerator, locale)} / ${formatNumber(figure.denominator, locale)}`}</dd>
          {figure.published !== null && (
            <>
              <dt>{t.card.published}</dt>
              {/* As many decimals as the source wrote: 29.71 stays 29,71%. */}
              <dd>{formatPercent(figure.published, locale, decimalsOf(figure.published), true)}</dd>
            </>
          )}
          {figure.publishedText && (
            <>
              <dt>{t.card.publishedText}</dt>
              <dd lang="vi">
                <q>{figure.publishedText}</q>
              </dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}
