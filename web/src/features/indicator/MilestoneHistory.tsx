import { NoteText } from '../../ui/NoteText';
import type { IndicatorDetail } from '@kpi/shared';
import { useId } from 'react';
import { useIndicatorI18n } from '../../i18n/indicator-words';
import { StatusBadge } from '../../ui/StatusBadge';
import { dateCell } from './figure-cells';

/** A task's reported states by year: state, due or done date, when reported, status, note. */
export function MilestoneHistory({ detail }: { detail: IndicatorDetail }) {
  const { t, locale } = useIndicatorI18n();
  const p = t.indicatorPage;
  const captionId = useId();
  const rows = detail.series.filter((entry) => entry.figure?.kind === 'milestone');
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table series-table">
        <caption id={captionId} className="data-table__caption">
          {p.historyCaption(detail.indicator.name[locale])}
        </caption>
        <thead>
          <tr>
            <th scope="col">{p.colYear}</th>
            <th scope="col">{p.colState}</th>
            <th scope="col">{p.colDue}</th>
            <th scope="col">{p.colReported}</th>
            <th scope="col">{p.colStatus}</th>
            <th scope="col">{p.colNote}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ year, figure, status }) =>
            figure?.kind === 'milestone' ? (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td data-label={p.colState}>{t.milestone[figure.state]}</td>
                <td data-label={p.colDue}>{dateCell(figure.date, t, locale)}</td>
                <td data-label={p.colReported}>{dateCell(figure.asOf, t, locale)}</td>
                <td data-label={p.colStatus}>
                  <StatusBadge status={status.status} reason={status.explanation.reason} />
                </td>
                <td data-label={p.colNote}>
                  <NoteText note={figure} fallback={p.none} />
                </td>
              </tr>
            ) : null,
          )}
        </tbody>
      </table>
    </div>
  );
}
