import {
  groupName,
  peerSlideKey,
  rankingIndexOfIndicator,
  statuses,
  type DashboardCard,
  type DashboardFigure,
  type Locale,
  type Overview,
  type PeerRanks,
  type ScreenContent,
  type Slide,
  type UnitBreakdown,
} from '@kpi/shared';

/** A playlist entry with the cards it shows, resolved against the current overview. */
export type ResolvedSlide =
  | { type: 'headline'; cards: DashboardCard[] }
  /** `name`: the group's, in both languages, from the catalogue the screen's content carries. */
  | { type: 'group'; group: string; name: Record<Locale, string>; cards: DashboardCard[] }
  | { type: 'indicator'; card: DashboardCard }
  /** `card`: the indicator's names, unit and decimals; `breakdown`: its communes ranked. */
  | { type: 'units'; card: DashboardCard; breakdown: UnitBreakdown }
  | { type: 'peers'; ranks: PeerRanks; cards: DashboardCard[] };

/** Anything that holds a figure: a card, or a unit's row of a breakdown. */
type WithFigure = { figure: Pick<DashboardFigure, 'approvedAt'> | null };

/** How many figures the headline slide shows: 3 × 2 stays readable from the back of a room. */
export const HEADLINE_MAX = 6;

/** Columns for `count` tiles on a 16:9 slide: one row up to three, then two rows of three. */
export const tileColumns = (count: number) => (count <= 3 ? Math.max(count, 1) : count === 4 ? 2 : 3);

const statusRank = new Map(statuses.map((status, i) => [status, i]));
/** Figures judged against a target come first, then those without a target, then those too few to judge. */
const tier = (status: string) => (status === 'too-few' || status === 'no-data' ? 2 : status === 'no-target' ? 1 : 0);

/**
 * The year's key results: indicators with a figure, those judged against a target first, the
 * newest figures first within each tier, then by status in the shared order (achieved first),
 * keeping the overview's order among equals.
 */
export function headlineCards(dashboard: Overview): DashboardCard[] {
  return dashboard.cards
    .map((card, order) => ({ card, order }))
    .filter(({ card }) => card.figure !== null)
    .sort(
      ({ card: a, order: i }, { card: b, order: j }) =>
        tier(a.status.status) - tier(b.status.status) ||
        b.figure!.year - a.figure!.year ||
        (statusRank.get(a.status.status) ?? 0) - (statusRank.get(b.status.status) ?? 0) ||
        i - j,
    )
    .slice(0, HEADLINE_MAX)
    .map(({ card }) => card);
}

/**
 * The playlist against the overview: an indicator or group that is no longer there (renamed,
 * removed, nothing published) is skipped rather than shown empty, and so is a units slide of an
 * indicator not made from its units (no communes to rank); one whose communes have not reported
 * yet is shown and says so. An empty result falls back to the headline, so a screen never goes blank.
 */
export function resolveSlides(
  playlist: readonly Slide[],
  dashboard: Overview,
  { units = {}, peerRanks = {} }: { units?: ScreenContent['units']; peerRanks?: Readonly<Record<string, PeerRanks>> } = {},
): ResolvedSlide[] {
  const resolved: ResolvedSlide[] = [];
  for (const slide of playlist) {
    if (slide.type === 'headline') resolved.push({ type: 'headline', cards: headlineCards(dashboard) });
    else if (slide.type === 'group') {
      const cards = dashboard.cards.filter((card) => card.indicator.group === slide.group);
      const name = { vi: groupName(dashboard.groups, slide.group, 'vi'), en: groupName(dashboard.groups, slide.group, 'en') };
      if (cards.length) resolved.push({ type: 'group', group: slide.group, name, cards });
    } else if (slide.type === 'units') {
      const card = dashboard.cards.find((c) => c.indicator.code === slide.code);
      const breakdown = units[slide.code];
      if (card && breakdown && breakdown.aggregation !== 'none') resolved.push({ type: 'units', card, breakdown });
    } else if (slide.type === 'peers') {
      const ranks = peerRanks[peerSlideKey(slide)];
      // The ranking indicator's own card dates the slide ("data as of") like any other.
      if (ranks?.ranks.length)
        resolved.push({ type: 'peers', ranks, cards: dashboard.cards.filter((c) => rankingIndexOfIndicator[c.indicator.code] === slide.index) });
    } else {
      const card = dashboard.cards.find((c) => c.indicator.code === slide.code);
      if (card) resolved.push({ type: 'indicator', card });
    }
  }
  return resolved.length ? resolved : [{ type: 'headline', cards: headlineCards(dashboard) }];
}

/** What holds the slide's figures: its cards, or a units slide's communes. */
export function slideFigures(slide: ResolvedSlide): readonly WithFigure[] {
  if (slide.type === 'units') return slide.breakdown.units;
  return slide.type === 'indicator' ? [slide.card] : slide.cards;
}

/** When the newest figure on the slide was approved (ISO instant), or null when none says. */
export function latestApproval(cards: readonly WithFigure[]): string | null {
  let latest: string | null = null;
  let latestMs = -Infinity;
  for (const card of cards) {
    const at = card.figure?.approvedAt;
    if (!at) continue;
    const ms = Date.parse(at);
    if (ms > latestMs) {
      latest = at;
      latestMs = ms;
    }
  }
  return latest;
}
