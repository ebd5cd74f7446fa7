import { formatNumber, type Source, type SourceFile } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/**
 * The link to a source's stored document, named with its file and size: the entry form's source
 * and the catalogue's target list show the same words.
 */
export function SourceFileLink({ source, file }: { source: Source; file: SourceFile }) {
  const { t, locale } = useStaffI18n();
  return (
    <a href={`/api/sources/${source.id}/file`} target="_blank" rel="noopener">
      {t.sources.viewFile(file.name, formatNumber(megabytes(file.size), locale, 2))}
    </a>
  );
}
