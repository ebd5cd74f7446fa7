import { NoteText } from '../../ui/NoteText';
import { formatFileSize, type IndicatorDetail } from '@kpi/shared';
import { useId } from 'react';
import { useIndicatorI18n } from '../../i18n/indicator-words';
import { targetText } from '../../ui/figure-text';

/**
 * Every target with the document that set it, revisions included: a revised target keeps its
 * earlier values on record, and the row in force says so in words (not by shading alone).
 */
export function TargetHistory({ detail }: { detail: IndicatorDetail }) {
  const { t, locale } = useIndicatorI18n();
  const p = t.indicatorPage;
  const headingId = useId();
  const { indicator } = detail;
  const targets = [...detail.targets].sort((a, b) => a.year - b.year || b.revision - a.revision);
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{p.targetsHeading}</h3>
      {targets.length === 0 ? (
        <p>{p.noTargets}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="data-table">
            <caption className="data-table__caption">{p.targetsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{p.colYear}</th>
                <th scope="col">{t.chart.target}</th>
                <th scope="col">{p.colDocument}</th>
                <th scope="col">{p.locator}</th>
                <th scope="col">{p.colRevision}</th>
                <th scope="col">{p.colInForce}</th>
              </tr>
            </thead>
            <tbody>
              {targets.map((target) => {
                const document = target.source ? (target.source.number ? `${target.source.number} – ${target.source.title}` : target.source.title) : p.none;
                return (
                  <tr key={`${target.year}-${target.revision}`} className={target.inForce ? undefined : 'data-table__row--muted'}>
                    <th scope="row">{target.year}</th>
                    <td className="num" data-label={t.chart.target}>
                      {targetText(target, indicator, t, locale)}
                    </td>
                    <td data-label={p.colDocument}>
                      <cite lang="vi">{document}</cite>
                      {/* The document that set the target, as stored: readers on an intranet open it offline too. */}
                      {target.source?.file && (
                        <span className="source-doc__meta">
                          <a className="source-doc__link" href={`/api/sources/${target.source.id}/file`} type={target.source.file.mediaType}>
                            {p.openFile(target.source.number ?? target.source.title, formatFileSize(target.source.file.size, locale))}
                          </a>
                        </span>
                      )}
                      {(target.note || target.noteEn) && (
                        <span className="source-doc__meta">
                          <NoteText note={target} />
                        </span>
                      )}
                    </td>
                    <td data-label={p.locator}>{target.locator ?? p.none}</td>
                    <td className="num" data-label={p.colRevision}>
                      {target.revision}
                    </td>
                    <td data-label={p.colInForce}>{target.inForce ? <strong>✔ {p.inForce}</strong> : p.superseded}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
