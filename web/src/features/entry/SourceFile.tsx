import { formatNumber, MAX_SOURCE_FILE_BYTES, validationMessage, type Source } from '@kpi/shared';
import { useId } from 'react';
import { ApiError } from '../../api/client';
import { useUploadSourceFileMutation } from '../../api/entry-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { SourceFileLink } from './SourceFileLink';

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/** The server's refusal to change the document of a source that published data cites. */
const CITED = 'source-cited';

/**
 * The document itself, for intranet readers who cannot open outside links: a link to the stored
 * file, or a field to attach a scanned PDF or image to the chosen source — until published data
 * cites the source, when its document is fixed and the form says what to do instead.
 */
export function SourceFile({ source }: { source: Source }) {
  const { t, locale } = useStaffI18n();
  const upload = useUploadSourceFileMutation(source.id);
  const inputId = useId();
  if (source.file) {
    return (
      <p className="field__hint">
        <SourceFileLink source={source} file={source.file} />
      </p>
    );
  }
  const refusedAsCited = upload.error instanceof ApiError && upload.error.code === CITED;
  if (source.cited || refusedAsCited) {
    return (
      <p className="field__hint" role={refusedAsCited ? 'alert' : undefined}>
        {validationMessage(CITED, locale)}
      </p>
    );
  }
  const error = upload.error instanceof ApiError ? upload.error.message : upload.error ? t.sources.uploadFailed : null;
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {t.sources.attach(formatNumber(megabytes(MAX_SOURCE_FILE_BYTES), locale))}
      </label>
      <input
        id={inputId}
        type="file"
        accept="application/pdf,image/png,image/jpeg,image/webp,image/tiff"
        disabled={upload.isPending}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) upload.mutate(file);
        }}
      />
      {upload.isPending && <p className="field__hint">{t.sources.uploading}</p>}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
