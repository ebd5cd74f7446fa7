import { formatDate, formatFileSize, type Source } from '@kpi/shared';
import { useI18n } from '../../i18n/useI18n';

/**
 * A source document: number and title, issuer and date, and a link that says where it goes —
 * the stored scan when there is one (served by the app, so it opens offline too), else its URL.
 */
export function SourceDocument({ source }: { source: Source }) {
  const { t, locale } = useI18n();
  const p = t.indicatorPage;
  const label = source.number ? `${source.number} – ${source.title}` : source.title;
  const dated = source.date ? p.issuedOn(formatDate(source.date, locale)) : p.noDate;
  return (
    <>
      <cite className="source-doc__title" lang="vi">
        {label}
      </cite>
      <span className="source-doc__meta">
        {t.sourceKinds[source.kind]}
        {source.issuer && <> · {p.issuedBy(source.issuer)}</>} · {dated}
      </span>
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
