import type { DashboardCard, Overview } from '@kpi/shared';
import { StatusStrip } from '../../ui/StatusStrip';
import { useScreenI18n } from '../../i18n/screen-words';
import { ScreenCard, TileGrid } from './ScreenCard';

/** The year's key results: how many indicators are in each status, and the newest figures. */
export function HeadlineSlide({ dashboard, cards }: { dashboard: Overview; cards: DashboardCard[] }) {
  const { t } = useScreenI18n();
  return (
    <>
      <h2 className="screen-slide__title">{t.screen.headline(dashboard.year)}</h2>
      <StatusStrip counts={dashboard.counts} />
      <TileGrid count={cards.length}>
        {cards.map((card) => (
          <ScreenCard key={card.indicator.code} card={card} year={dashboard.year} />
        ))}
      </TileGrid>
    </>
  );
}
