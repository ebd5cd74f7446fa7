import type { Indicator, ObservationState } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { figureText, type FigureShape } from '../../ui/figure-text';
import { RevisionMeta } from './RevisionMeta';

interface ConflictPanelProps {
  current: ObservationState;
  /** The analyst's figure as typed, when it reads as a figure. */
  mine: FigureShape | null;
  indicator: Indicator;
  saving: boolean;
  onSaveMine: () => void;
  onLoadCurrent: () => void;
}

/**
 * A 409: someone saved or reviewed this figure since the form loaded. Nothing typed is lost: both
 * figures are shown, and the analyst chooses to save theirs on top or take the current one.
 */
export function ConflictPanel({ current, mine, indicator, saving, onSaveMine, onLoadCurrent }: ConflictPanelProps) {
  const { t, locale } = useStaffI18n();
  const revision = current.draft ?? current.published;
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-heading">
      <h3 id="conflict-heading" tabIndex={-1}>
        <span aria-hidden="true">⚠ </span>
        {t.conflict.title}
      </h3>
      <p>{t.conflict.hint}</p>
      <div className="summary-pair">
        <div className="summary-box">
          <h4 className="summary-box__title">{current.draft ? t.conflict.currentDraft : t.conflict.currentPublished}</h4>
          {revision ? (
            <>
              <p className="summary-box__figure">{figureText(revision.figure, indicator, t, locale)}</p>
              <RevisionMeta revision={revision} />
            </>
          ) : (
            <p className="summary-box__empty">{t.conflict.noneNow}</p>
          )}
        </div>
        <div className="summary-box summary-box--mine">
          <h4 className="summary-box__title">{t.conflict.mine}</h4>
          <p className="summary-box__figure">{mine ? figureText(mine, indicator, t, locale) : t.conflict.mineIncomplete}</p>
        </div>
      </div>
      <div className="actions">
        <button type="button" className="button" disabled={saving} onClick={onSaveMine}>
          {t.conflict.saveMine}
        </button>
        <button type="button" className="button button--quiet" onClick={onLoadCurrent}>
          {t.conflict.loadCurrent}
        </button>
      </div>
    </section>
  );
}
