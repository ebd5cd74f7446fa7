import type { IndicatorData } from './indicator-view.js';
import type { Catalogue, Dashboard, DashboardCard, Overview } from './schemas/dashboard.js';
import type { Indicator } from './schemas/indicator.js';
import type { IndicatorGroupEntry } from './schemas/indicator-group.js';
import type { Source, SourceRef } from './schemas/source.js';

/**
 * What `GET /api/catalogue` lists, without its version: the groups in their order, every indicator,
 * and every document by number and title. The server versions it by a hash of this content; test
 * fixtures by a name.
 */
export function catalogueContent(
  groups: readonly IndicatorGroupEntry[],
  data: readonly IndicatorData[],
  sources: readonly Source[],
): Omit<Catalogue, 'version'> {
  return { groups: [...groups], indicators: data.map((d) => d.indicator), sources: sources.map(({ id, number, title }) => ({ id, number, title })) };
}

/**
 * A year's dashboard with its indicators and documents filled in from the catalogue: the cards the
 * overview and the screens draw. Null when the catalogue lacks an indicator or a document the
 * dashboard names: it is older than the dashboard, and the caller fetches it again.
 */
export function joinCatalogue(dashboard: Dashboard, catalogue: Catalogue): Overview | null {
  const indicators = new Map<string, Indicator>(catalogue.indicators.map((indicator) => [indicator.code, indicator]));
  const sources = new Map<number, SourceRef>(catalogue.sources.map((source) => [source.id, source]));
  let missing = false;
  const source = (id: number | null): SourceRef | null => {
    if (id === null) return null;
    const found = sources.get(id);
    if (!found) missing = true;
    return found ?? null;
  };
  const cards: DashboardCard[] = [];
  for (const { code, figure, target, ...rest } of dashboard.cards) {
    const indicator = indicators.get(code);
    if (!indicator) return null;
    cards.push({
      ...rest,
      indicator,
      figure: figure && (({ sourceId, ...numbers }) => ({ ...numbers, source: source(sourceId) }))(figure),
      target: target && (({ sourceId, ...facts }) => ({ ...facts, source: source(sourceId) }))(target),
    });
  }
  return missing ? null : { ...dashboard, cards, groups: catalogue.groups };
}
