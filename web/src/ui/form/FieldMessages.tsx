import type { ReactNode } from 'react';
import './form.css';

/** A field's error (with an icon and a word, never colour alone) and its hint. */
export function FieldMessages({ id, error, hint }: { id: string; error?: string | undefined; hint?: ReactNode }) {
  if (!error && !hint) return null;
  return (
    <div id={id} className="field__messages">
      {error && (
        <p className="field__error">
          <span aria-hidden="true">✖ </span>
          {error}
        </p>
      )}
      {hint && <p className="field__hint">{hint}</p>}
    </div>
  );
}
