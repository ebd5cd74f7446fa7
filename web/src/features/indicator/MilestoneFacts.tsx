import { NoteText } from '../../ui/NoteText';
import type { IndicatorAsOf } from '@kpi/shared';
import { useIndicatorI18n } from '../../i18n/indicator-words';
import { dateCell } from './figure-cells';

/** A task's state, due (or done) date, when it was last reported, and the note, as a list of facts. */
export function MilestoneFacts({ asOf }: { asOf: IndicatorAsOf }) {
  const { t, locale } = useIndicatorI18n();
  const p = t.indicatorPage;
  const figure = asOf.figure?.kind === 'milestone' ? asOf.figure : null;
  if (!figure) return null;
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>{p.milestoneState}</dt>
        <dd>{t.milestone[figure.state]}</dd>
      </div>
      <div className="facts__row">
        <dt>{figure.state === 'done' ? p.milestoneDoneOn : p.milestoneDue}</dt>
        <dd>{dateCell(figure.date, t, locale)}</dd>
      </div>
      <div className="facts__row">
        <dt>{p.milestoneReported}</dt>
        <dd>{dateCell(figure.asOf ?? `${figure.year}-12-31`, t, locale)}</dd>
      </div>
      {(figure.note || figure.noteEn) && (
        <div className="facts__row">
          <dt>{p.note}</dt>
          <dd>
            <NoteText note={figure} />
          </dd>
        </div>
      )}
    </dl>
  );
}
