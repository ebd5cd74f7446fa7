import { useId, type ReactNode } from 'react';
import { FieldMessages } from './FieldMessages';
import './form.css';

/** What the spreadsheet imports read: XLSX, or CSV (also as .txt). */
export const SPREADSHEET_ACCEPT = '.xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface FileFieldProps {
  label: ReactNode;
  /** Called with the file chosen, or null when the choice is cleared. */
  onChange: (file: File | null) => void;
  accept?: string;
  error?: string | undefined;
  hint?: ReactNode;
}

/** A labelled file input for a spreadsheet to upload, its error and hint read with it. */
export function FileField({ label, onChange, accept = SPREADSHEET_ACCEPT, error, hint }: FileFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input field__input--file"
        type="file"
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-messages`}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
      <FieldMessages id={`${id}-messages`} error={error} hint={hint} />
    </div>
  );
}
