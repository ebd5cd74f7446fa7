import { entryPath, formatPercent, PROVINCE_UNIT, type Figure, type Indicator, type Locale, type PendingDraft, type Revision, type User } from '@kpi/shared';
import { useId } from 'react';
import { Link } from '../../app/routing';
import { useReviewMutation } from '../../api/approval-hooks';
import type { StaffDictionary } from '../../i18n/useStaffI18n';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { figureText } from '../../ui/figure-text';
import { unitLabel } from '../../ui/unit-label';
import { DraftEvidence } from './DraftEvidence';
import { DraftReviewActions } from './DraftReviewActions';

interface DraftItemProps {
  state: PendingDraft;
  draft: Revision;
  indicator: Indicator;
  user: User;
  /** Says what happened once the queue has been reloaded (this card is usually gone by then). */
  onReviewed: (outcome: string, ok: boolean) => void;
}

/** The figure as the confirmation names it: a ratio by its rate, `30,77%`, the rest as the queue writes them. */
function shortFigure(figure: Figure, indicator: Indicator, t: StaffDictionary, locale: Locale): string {
  return figure.kind === 'ratio' ? formatPercent(figure.rate, locale, indicator.decimals, true) : figureText(figure, indicator, t, locale);
}

/** One pending draft with its evidence, and Publish and Return, each confirmed in a dialog that names the figure (DraftReviewActions). */
export function DraftItem({ state, draft, indicator, user, onReviewed }: DraftItemProps) {
  const { t, locale } = useStaffI18n();
  const review = useReviewMutation(state);
  const headingId = useId();
  // A commune's or ward's figure says whose it is, and opens in the entry form under its unit.
  const province = state.orgUnit === PROVINCE_UNIT;
  const name = province ? indicator.name[locale] : `${indicator.name[locale]} (${unitLabel(state.unit, state.orgUnit, locale)})`;
  const entryUrl = entryPath(state.indicatorCode, state.year, state.orgUnit);
  const figure = shortFigure(draft.figure, indicator, t, locale);

  return (
    <article className="panel draft" aria-labelledby={headingId}>
      <h3 id={headingId} className="draft__title">
        {t.approval.itemTitle(name, state.year)}
      </h3>
      <DraftEvidence state={state} draft={draft} indicator={indicator} />
      <Link to={entryUrl}>{t.approval.open}</Link>
      <DraftReviewActions
        review={review}
        state={state}
        own={draft.createdBy === user.username}
        words={{
          confirmPublish: t.approval.confirmPublish(name, state.year, figure),
          confirmPublishHint: t.approval.confirmPublishHint,
          confirmReturn: t.approval.confirmReturn(name, state.year, figure),
          published: t.approval.published(name, state.year, figure),
          returned: t.approval.returned(name, state.year, state.authorName),
        }}
        onReviewed={onReviewed}
      />
    </article>
  );
}
