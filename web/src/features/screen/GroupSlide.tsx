import { formatNumber, type DashboardCard, type Locale } from '@kpi/shared';
import { useScreenI18n } from '../../i18n/screen-words';
import { CompactCardList } from './CompactCardList';
import { ScreenCard, TileGrid } from './ScreenCard';

/** Tiles a slide holds before the rest go to the compact list. */
const GROUP_TILES_MAX = 6;

/** One indicator group: a tile per indicator with a figure, the others listed compactly below. */
export function GroupSlide({ name, cards, year }: { name: Record<Locale, string>; cards: DashboardCard[]; year: number }) {
  const { t, locale } = useScreenI18n();
  const withFigure = cards.filter((card) => card.figure !== null);
  const tiles = withFigure.slice(0, GROUP_TILES_MAX);
  const rest = cards.filter((card) => !tiles.includes(card));
  return (
    <>
      <h2 className="screen-slide__title">{t.screen.group(name[locale], year)}</h2>
      {tiles.length > 0 && (
        <TileGrid count={tiles.length}>
          {tiles.map((card) => (
            <ScreenCard key={card.indicator.code} card={card} year={year} />
          ))}
        </TileGrid>
      )}
      <CompactCardList cards={rest} heading={t.screen.others(formatNumber(rest.length, locale))} />
    </>
  );
}
