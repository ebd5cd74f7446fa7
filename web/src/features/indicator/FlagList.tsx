import { NoteText } from '../../ui/NoteText';
import type { DataQualityFlag, IndicatorDetail } from '@kpi/shared';
import { useId } from 'react';
import { useIndicatorI18n } from '../../i18n/indicator-words';
import { BasisMark } from '../../ui/BasisMark';
import { QualityWarning } from '../../ui/QualityWarning';

/**
 * Data-quality warnings of every year, and the analysts' notes on the figures: a derived or assumed
 * figure's note says from what, so it carries the same mark as the figure.
 */
export function FlagList({ detail }: { detail: IndicatorDetail }) {
  const { t } = useIndicatorI18n();
  const p = t.indicatorPage;
  const headingId = useId();
  const seen = new Set<string>();
  const flags: DataQualityFlag[] = [];
  for (const flag of detail.series.flatMap((entry) => entry.flags)) {
    const key = `${flag.code}-${flag.year}`;
    if (!seen.has(key)) flags.push(flag);
    seen.add(key);
  }
  const notes = detail.series.flatMap((entry) =>
    entry.figure && (entry.figure.note || entry.figure.noteEn) ? [{ year: entry.year, note: entry.figure }] : [],
  );
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{p.qualityHeading}</h3>
      {flags.length === 0 ? (
        <p>{p.noFlags}</p>
      ) : (
        <ul className="flag-list">
          {flags.map((flag) => (
            <li key={`${flag.code}-${flag.year}`}>
              <span className="flag-list__year">{p.flagOfYear(flag.year)}</span>
              <QualityWarning flag={flag} indicator={detail.indicator} />
            </li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <dl className="facts">
          {notes.map(({ year, note }) => (
            <div key={year} className="facts__row">
              <dt>
                {`${p.note} (${year})`}
                <BasisMark basis={note.basis} spaced />
              </dt>
              <dd>
                <NoteText note={note} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
