import { useId } from 'react';

interface ControlSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  /** A first choice with the empty value: "all areas", "no comparison", or blank while loading. */
  placeholder?: string | undefined;
  disabled?: boolean;
}

/** A labelled <select> among a page's view controls (year, area, comparison), not a form field. */
export function ControlSelect({ label, value, onChange, options, placeholder, disabled }: ControlSelectProps) {
  const id = useId();
  return (
    <div className="control">
      <label className="control__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="control__select" value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
