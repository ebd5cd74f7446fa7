import { useState } from 'react';

/** What a `TextField` or `SelectField` takes from the form: its value, its change and its message. */
export interface FieldBinding {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/**
 * A form of text fields: their values, the messages by field (the client's checks or the server's
 * `fields`), and `field(name)` to spread on an input. `reset` brings back the first values.
 */
export function useFormFields<Name extends string>(initial: Record<Name, string> | (() => Record<Name, string>)) {
  const [first] = useState(initial);
  const [values, setValues] = useState(first);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const field = (name: Name): FieldBinding => ({
    value: values[name],
    onChange: (value: string) => setValues((current) => ({ ...current, [name]: value })),
    error: errors[name],
  });
  const reset = () => setValues(first);
  return { values, errors, setErrors, field, reset };
}
