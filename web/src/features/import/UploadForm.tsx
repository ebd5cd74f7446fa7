import { formatNumber, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '@kpi/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { FileField } from '../../ui/form/FileField';

interface UploadFormProps {
  onFile: (file: File | null) => void;
  onCheck: (file: File) => void;
  checking: boolean;
  children?: ReactNode;
}

/** The file to check: the dry run starts only when asked, and a new choice drops the old result. */
export function UploadForm({ onFile, onCheck, checking, children }: UploadFormProps) {
  const { t, locale } = useStaffI18n();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError(t.importPage.chooseFile);
    onCheck(file);
  };
  const hint = t.importPage.fileHint(formatNumber(IMPORT_MAX_BYTES / 1024 / 1024, locale), formatNumber(IMPORT_MAX_ROWS, locale));
  return (
    <form className="panel" aria-labelledby={`${id}-heading`} onSubmit={submit} noValidate>
      <h2 id={`${id}-heading`}>{t.importPage.uploadTitle}</h2>
      <FileField
        label={t.importPage.file}
        error={error}
        hint={hint}
        onChange={(chosen) => {
          setFile(chosen);
          setError(undefined);
          onFile(chosen);
        }}
      />
      {children}
      <div className="actions">
        <button type="submit" className="button" disabled={checking}>
          {checking ? t.importPage.checking : t.importPage.check}
        </button>
      </div>
    </form>
  );
}
