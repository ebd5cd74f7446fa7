import type { FigureBasis } from '@kpi/shared';
import { useI18n } from '../i18n/useI18n';

/**
 * "Therefore" for what follows from the source, a tilde for what is taken to hold (not the
 * question mark of the "no figure" status, which it sits beside on a card).
 */
const ICONS = { derived: '∴', assumed: '~' } as const;

interface BasisMarkProps {
  basis: FigureBasis;
  /** After text in the same line: a space before the mark (none where there is no mark). */
  spaced?: boolean;
}

/**
 * Marks a figure its source does not state as such, as an icon and a word ("Suy ra" / "Derived",
 * "Giả định" / "Assumed"), never by colour alone; the tooltip says where to read from what. A
 * stated figure gets no mark: that is what a figure is unless it says otherwise.
 */
export function BasisMark({ basis, spaced = false }: BasisMarkProps) {
  const { t } = useI18n();
  if (basis === 'stated') return null;
  return (
    <>
      {spaced && ' '}
      <span className={`basis-mark basis-mark--${basis}`} title={basis === 'derived' ? t.basis.derivedHint : t.basis.assumedHint}>
        <span className="basis-mark__icon" aria-hidden="true">
          {ICONS[basis]}
        </span>
        {t.basis[basis]}
      </span>
    </>
  );
}

/** The mark as plain text, icon and word (`∴ Suy ra`), where no element can hold it (an SVG label); null for a stated figure. */
export function basisLabel(basis: FigureBasis, words: { derived: string; assumed: string }): string | null {
  return basis === 'stated' ? null : `${ICONS[basis]} ${words[basis]}`;
}

/** The mark's word after a figure in plain text (table cells, tooltips): `26/63 (Suy ra)`. */
export function withBasisWord(text: string, basis: FigureBasis, words: { derived: string; assumed: string }): string {
  return basis === 'stated' ? text : `${text} (${words[basis]})`;
}
