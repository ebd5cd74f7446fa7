import { formatFileSize, type Source, type SourceFile } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';

/**
 * The link to a source's stored document, named with its file and size: the entry form's source
 * and the catalogue's target list show the same words. The size in kB or MB as fits: a one-page
 * scan is not "0 MB".
 */
export function SourceFileLink({ source, file }: { source: Source; file: SourceFile }) {
  const { t, locale } = useStaffI18n();
  return (
    <a href={`/api/sources/${source.id}/file`} target="_blank" rel="noopener">
      {t.sources.viewFile(file.name, formatFileSize(file.size, locale))}
    </a>
  );
}
