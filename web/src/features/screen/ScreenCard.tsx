import type { DashboardCard } from '@kpi/shared';
import { memo, useId, type ReactNode } from 'react';
import { ChangeLabel } from '../../ui/ChangeLabel';
import { FigureHeadline } from '../../ui/FigureHeadline';
import { StatusBadge } from '../../ui/StatusBadge';
import { TargetLine } from '../../ui/TargetLine';
import { useI18n } from '../../i18n/useI18n';
import { tileColumns } from './slides';

/**
 * One indicator as a tile of a screen slide: name, the figure large, status, change and target.
 * Memoised: a refetch keeps the objects of unchanged cards (TanStack Query's structural sharing), so
 * a publication redraws the cards it changed and leaves every other tile of every slide alone.
 */
export const ScreenCard = memo(function ScreenCard({ card, year }: { card: DashboardCard; year: number }) {
  const { locale } = useI18n();
  const { indicator, figure, target, status, change } = card;
  const headingId = useId();
  return (
    <article className={`screen-card card--${status.status}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="screen-card__name">
        {indicator.name[locale]}
      </h3>
      <FigureHeadline indicator={indicator} figure={figure} year={year} />
      <div className="screen-card__facts">
        <StatusBadge {...status} />
        {change && <ChangeLabel change={change} indicator={indicator} />}
      </div>
      <TargetLine target={target} indicator={indicator} />
    </article>
  );
});

/** Tiles in rows of up to three; `data-rows` lets the type grow when there is one row only. */
export function TileGrid({ count, children }: { count: number; children: ReactNode }) {
  const columns = tileColumns(count);
  return (
    <div className="screen-grid" data-rows={Math.ceil(count / columns)} style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
      {children}
    </div>
  );
}
