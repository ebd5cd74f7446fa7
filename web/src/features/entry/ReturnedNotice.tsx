import { formatDateTime, type Revision } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';

/** A draft the approver sent back: their comment first, since the form below is what to correct. */
export function ReturnedNotice({ revision }: { revision: Revision }) {
  const { t, locale } = useStaffI18n();
  return (
    <section className="returned-notice" aria-labelledby="returned-heading">
      <h3 id="returned-heading">
        <span aria-hidden="true">↩ </span>
        {t.entry.returnedTitle}
      </h3>
      {revision.reviewComment && <blockquote className="returned-notice__comment">{revision.reviewComment}</blockquote>}
      {revision.reviewedBy && revision.reviewedAt && (
        <p className="revision-meta">{t.revision.reviewedBy(revision.reviewedBy, formatDateTime(revision.reviewedAt, locale))}</p>
      )}
      <p>{t.entry.returnedIntro}</p>
    </section>
  );
}
