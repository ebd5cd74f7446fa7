import type { Indicator, Revision } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { figureText } from '../../ui/figure-text';
import { RevisionBadge } from './RevisionBadge';
import { RevisionMeta } from './RevisionMeta';
import { BasisMark } from '../../ui/BasisMark';

/** Every revision of the figure, newest first: state, figure, who and when, the review comment. */
export function HistoryPanel({ history, indicator }: { history: Revision[]; indicator: Indicator }) {
  const { t, locale } = useStaffI18n();
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t.entry.history}</h2>
      {history.length === 0 ? (
        <p className="muted">{t.entry.noHistory}</p>
      ) : (
        <ol className="history">
          {history.map((revision) => (
            <li key={revision.id} className="history__item">
              <div className="history__head">
                <RevisionBadge state={revision.state} />
                <span className="history__figure">{figureText(revision.figure, indicator, t, locale)}</span>
                <BasisMark basis={revision.figure.basis} />
              </div>
              <RevisionMeta revision={revision} />
              {revision.acknowledgedWarnings.length > 0 && (
                <p className="revision-meta">{t.warnings.acknowledgedList(revision.acknowledgedWarnings.map((code) => t.warnings.names[code]).join(', '))}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
