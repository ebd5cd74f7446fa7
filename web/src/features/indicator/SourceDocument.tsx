import { formatDate, formatFileSize, type Source } from '@kpi/shared';
import { useIndicatorI18n } from '../../i18n/indicator-words';

/**
 * A source document: number and title, kind and date, who issued it and where it was published, and a link that says where it goes —
 * the stored scan when there is one (served by the app, so it opens offline too), else its URL.
 */
export function SourceDocument({ source }: { source: Source }) {
  const { t, locale } = useIndicatorI18n();
  const p = t.indicatorPage;
  const label = source.number ? `${source.number} – ${source.title}` : source.title;
  const dated = source.date ? p.issuedOn(formatDate(source.date, locale)) : p.noDate;
  return (
    <>
      <cite className="source-doc__title" lang="vi">
        {label}
      </cite>
      <span className="source-doc__meta">
        {t.sourceKinds[source.kind]} · {dated}
      </span>
      {/* Who issued the figure and where it was read are two facts: a newspaper is never the issuer. */}
      <span className="source-doc__meta source-doc__issuer">{source.issuer ? p.issuedBy(source.issuer) : p.issuerUnknown}</span>
      {source.publisher && <span className="source-doc__meta source-doc__publisher">{p.publishedIn(source.publisher)}</span>}
      {source.file ? (
        <a className="source-doc__link" href={`/api/sources/${source.id}/file`} type={source.file.mediaType}>
          {p.openFile(source.number ?? source.title, formatFileSize(source.file.size, locale))}
        </a>
      ) : source.url ? (
        <a className="source-doc__link" href={source.url} rel="noreferrer" target="_blank">
          {p.openUrl(source.number ?? source.title)}
        </a>
      ) : (
        <span className="source-doc__meta">{p.noLink}</span>
      )}
    </>
  );
}
