import { formatDateTime, type Revision } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';

/** Who entered a revision and when, who reviewed it, and the reviewer's comment. */
export function RevisionMeta({ revision }: { revision: Revision }) {
  const { t, locale } = useStaffI18n();
  return (
    <>
      <p className="revision-meta">{t.revision.createdBy(revision.createdBy, formatDateTime(revision.createdAt, locale))}</p>
      {revision.reviewedBy && revision.reviewedAt && (
        <p className="revision-meta">{t.revision.reviewedBy(revision.reviewedBy, formatDateTime(revision.reviewedAt, locale))}</p>
      )}
      {revision.reviewComment && (
        <p className="revision-comment">
          <strong>{t.revision.comment}: </strong>
          {revision.reviewComment}
        </p>
      )}
    </>
  );
}
