import { formatNumber, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '@kpi/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { FieldMessages } from '../../ui/form/FieldMessages';

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
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t.importPage.file}
        </label>
        <input
          id={id}
          className="field__input field__input--file"
          type="file"
          accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-messages`}
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            setError(undefined);
            onFile(chosen);
          }}
        />
        <FieldMessages id={`${id}-messages`} error={error} hint={hint} />
      </div>
      {children}
      <div className="actions">
        <button type="submit" className="button" disabled={checking}>
          {checking ? t.importPage.checking : t.importPage.check}
        </button>
      </div>
    </form>
  );
}
