import { useId, type HTMLInputTypeAttribute, type ReactNode } from 'react';
import { FieldMessages } from './FieldMessages';
import './form.css';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Shown beside the field, in the UI language; marks the input invalid. */
  error?: string | undefined;
  /** A help line under the input: the number as read, the unit, an example. */
  hint?: ReactNode;
  /** Written after the input: `%`, `tỷ đồng`. */
  suffix?: string;
  type?: HTMLInputTypeAttribute;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'url';
  autoComplete?: string;
  autoFocus?: boolean;
  className?: string;
}

/** A labelled input whose error and hint are tied to it (aria-describedby), so readers hear them. */
export function TextField({
  label,
  value,
  onChange,
  onBlur,
  error,
  hint,
  suffix,
  type = 'text',
  inputMode,
  autoComplete,
  autoFocus,
  className,
}: TextFieldProps) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__control">
        <input
          id={id}
          className="field__input"
          type={type}
          inputMode={inputMode}
          value={value}
          autoComplete={autoComplete}
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={error || hint ? `${id}-messages` : undefined}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
        {suffix && <span className="field__suffix">{suffix}</span>}
      </div>
      <FieldMessages id={`${id}-messages`} error={error} hint={hint} />
    </div>
  );
}
