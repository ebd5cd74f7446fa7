import type { FieldName } from './figure-form-model';
import type { FigureFormState } from './useFigureForm';

/** An input's value, handlers and message, wired to the form. */
export function bind(form: FigureFormState, field: FieldName) {
  return {
    value: form.values[field],
    onChange: (value: string) => form.set(field, value),
    error: form.errorOf(field) || undefined,
  };
}

export interface KindFieldsProps {
  form: FigureFormState;
  year: number;
}
