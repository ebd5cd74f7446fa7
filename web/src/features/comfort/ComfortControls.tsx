import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { textSizes } from './preferences';
import { useComfort } from './useComfort';

/**
 * Night mode (a toggle: moon and word, pressed when on) and text size −A / A / +A (the pressed
 * one is the size in use), as on the department's own website. Both are remembered.
 */
export function ComfortControls() {
  const { t } = useI18n();
  const [{ theme, textSize }, setComfort] = useComfort();
  const labelId = useId();
  const sizeLabelId = useId();
  const night = theme === 'dark';
  return (
    <div className="control comfort">
      <span className="control__label" id={labelId}>
        {t.comfort.display}
      </span>
      <div className="comfort__row" role="group" aria-labelledby={labelId}>
        <button type="button" className="comfort__night" aria-pressed={night} onClick={() => setComfort({ theme: night ? 'light' : 'dark' })}>
          {/* Drawn inline rather than a glyph: not every font has a crescent moon. */}
          <svg className="comfort__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
            <path
              d="M20.5 14.6A8.5 8.5 0 0 1 9.4 3.5a8.5 8.5 0 1 0 11.1 11.1Z"
              fill={night ? 'currentColor' : 'none'}
              stroke="currentColor"
              strokeWidth="2"
              strokeLinejoin="round"
            />
          </svg>
          {t.comfort.night}
        </button>
        <span className="sr-only" id={sizeLabelId}>
          {t.comfort.textSize}
        </span>
        <div className="segmented" role="group" aria-labelledby={sizeLabelId}>
          {textSizes.map((size) => (
            <button
              key={size}
              type="button"
              className="segmented__option comfort__size"
              aria-pressed={size === textSize}
              title={t.comfort.sizes[size].name}
              onClick={() => setComfort({ textSize: size })}
            >
              {/* The mark is what the eye reads, the words what a screen reader says. */}
              <span aria-hidden="true">{t.comfort.sizes[size].mark}</span>
              <span className="sr-only">{t.comfort.sizes[size].name}</span>
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
