import type { IndicatorDetail } from '@kpi/shared';
import { useId } from 'react';
import { useIndicatorI18n } from '../../i18n/indicator-words';
import { SourceDocument } from './SourceDocument';

/** Each figure's document, and where in it (page, paragraph, table), with the words as written. */
export function SourceList({ detail }: { detail: IndicatorDetail }) {
  const { t } = useIndicatorI18n();
  const p = t.indicatorPage;
  const headingId = useId();
  const figures = detail.series.flatMap((entry) => (entry.figure ? [entry.figure] : []));
  if (figures.length === 0) return null;
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{p.sourcesHeading}</h3>
      <ul className="source-list">
        {[...figures].reverse().map((figure) => (
          <li key={figure.year} className="source-doc">
            <strong className="source-doc__year">{p.sourceOfYear(figure.year)}</strong>
            {figure.source ? <SourceDocument source={figure.source} /> : <span>{p.noSource}</span>}
            {figure.locator && (
              <span className="source-doc__meta">
                {p.locator}: <span lang="vi">{figure.locator}</span>
              </span>
            )}
            {figure.publishedText && (
              <span className="source-doc__meta">
                {p.publishedText}: <q lang="vi">{figure.publishedText}</q>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
