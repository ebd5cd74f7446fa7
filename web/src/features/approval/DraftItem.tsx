import { formatDateTime, type Indicator, type ObservationState, type Revision, type User } from '@kpi/shared';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useReviewMutation } from '../../api/approval-hooks';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/useI18n';
import { figureText } from '../../ui/figure-text';
import { ActionError } from '../../ui/form/ActionError';
import { ReturnForm } from './ReturnForm';

interface DraftItemProps {
  state: ObservationState;
  draft: Revision;
  indicator: Indicator;
  user: User;
}

/** One pending draft beside the published figure, with Publish and Return. */
export function DraftItem({ state, draft, indicator, user }: DraftItemProps) {
  const { t, locale } = useI18n();
  const review = useReviewMutation(state);
  const [returning, setReturning] = useState(false);
  const reasonId = useId();
  const headingId = useId();
  // Four eyes: the server refuses an author publishing their own draft; say so before they try.
  const own = draft.createdBy === user.username;
  // Someone else published, returned or replaced the draft meanwhile: the queue reloads itself.
  const stale = review.error instanceof ApiError && review.error.status === 409;
  const warnings = draft.acknowledgedWarnings.map((code) => t.warnings.names[code]).join(', ');
  return (
    <article className="panel draft" aria-labelledby={headingId}>
      <h3 id={headingId} className="draft__title">
        {t.approval.itemTitle(indicator.name[locale], state.year)}
      </h3>
      <dl className="draft__facts">
        <div>
          <dt>{t.entry.draft}</dt>
          <dd className="draft__figure">{figureText(draft.figure, indicator, t, locale)}</dd>
        </div>
        <div>
          <dt>{t.entry.published}</dt>
          <dd>{state.published ? figureText(state.published.figure, indicator, t, locale) : t.entry.noPublished}</dd>
        </div>
        <div>
          <dt>{t.approval.author}</dt>
          <dd>{t.approval.authorAt(draft.createdBy, formatDateTime(draft.createdAt, locale))}</dd>
        </div>
        <div>
          <dt>{t.card.source}</dt>
          <dd>{draft.figure.source ? (draft.figure.source.number ?? draft.figure.source.title) : '—'}</dd>
        </div>
        <div>
          <dt>{t.approval.warnings}</dt>
          <dd>{warnings ? <>⚠ {warnings}</> : t.approval.noWarnings}</dd>
        </div>
      </dl>
      <Link to={`/entry/${encodeURIComponent(state.indicatorCode)}/${state.year}`}>{t.approval.open}</Link>
      {stale ? (
        <p className="form-error" role="alert">
          {t.approval.stale}
        </p>
      ) : (
        <ActionError error={review.error} />
      )}
      {returning ? (
        <ReturnForm
          pending={review.isPending}
          onCancel={() => setReturning(false)}
          onReturn={(comment) => review.mutate({ action: 'return', version: state.version, comment })}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={own || review.isPending}
            aria-describedby={own ? reasonId : undefined}
            onClick={() => review.mutate({ action: 'publish', version: state.version })}
          >
            {t.approval.publish}
          </button>
          <button type="button" className="button button--quiet" disabled={review.isPending} onClick={() => setReturning(true)}>
            {t.approval.return}
          </button>
          {own && (
            <p id={reasonId} className="muted">
              {t.approval.ownDraft}
            </p>
          )}
        </div>
      )}
    </article>
  );
}
