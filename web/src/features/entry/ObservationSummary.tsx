import type { Indicator, ObservationState, Revision } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { figureText } from '../../ui/figure-text';
import { RevisionBadge } from './RevisionBadge';
import { RevisionMeta } from './RevisionMeta';
import { returnedRevision } from './figure-form-model';
import { BasisMark } from '../../ui/BasisMark';

function RevisionBox({ title, revision, empty, indicator }: { title: string; revision: Revision | null; empty: string; indicator: Indicator }) {
  const { t, locale } = useStaffI18n();
  return (
    <section className="summary-box">
      <h3 className="summary-box__title">{title}</h3>
      {revision ? (
        <>
          <p className="summary-box__figure">
            {figureText(revision.figure, indicator, t, locale)}
            <BasisMark basis={revision.figure.basis} spaced />
          </p>
          <RevisionBadge state={revision.state} />
          {revision.figure.source && (
            <p className="revision-meta">
              {t.card.source}: {revision.figure.source.number ?? revision.figure.source.title}
            </p>
          )}
          <RevisionMeta revision={revision} />
        </>
      ) : (
        <p className="summary-box__empty">{empty}</p>
      )}
    </section>
  );
}

/** The published figure and the pending draft side by side, above the form. */
export function ObservationSummary({ observation, indicator }: { observation: ObservationState; indicator: Indicator }) {
  const { t } = useStaffI18n();
  // A draft sent back is no longer pending, but its author needs to see why.
  const returned = returnedRevision(observation);
  return (
    <div className="summary-pair">
      <RevisionBox title={t.entry.published} revision={observation.published} empty={t.entry.noPublished} indicator={indicator} />
      <RevisionBox
        title={returned ? t.entry.returnedTitle : t.entry.draft}
        revision={observation.draft ?? returned}
        empty={t.entry.noDraft}
        indicator={indicator}
      />
    </div>
  );
}
