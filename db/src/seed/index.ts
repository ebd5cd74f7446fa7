import { indicatorDefinitionSchema, type IndicatorDefinition } from '@kpi/shared';
import { writeDefinition } from '../definition-writes.js';
import { indicators, observationRevisions, observations, sources, targets } from '../schema.js';
import type { Db } from '../open-db.js';
import { catalogueIndicators } from './catalogue.js';
import { milestoneIndicators } from './milestones-2021.js';
import { peersAndCommunesFigures, peersAndCommunesSources } from './peers-and-communes.js';
import { reportIndicators } from './report-2020.js';
import { seedIndicatorGroups } from './groups.js';
import { seedOrgUnits } from './org-units.js';
import { seedRankings } from './province-ranks.js';
import { fillRankReadings } from './rank-readings.js';
import { seedSources as baseSources } from './sources.js';
import type { SeedIndicator } from './types.js';

export { reportIndicators, catalogueIndicators };
export { seedOrgUnitBodies, unitSlug } from './org-units.js';
export { seedGroupBodies } from './groups.js';
export type { SeedIndicator, SeedSource, SeedFigure, SeedTarget } from './types.js';

/** Every document the seed cites. */
export const seedSources = [...baseSources, ...peersAndCommunesSources];

/**
 * Every indicator the first start creates, in the order the overview lists them, each with the
 * figures the later excerpts add for it.
 */
export const seedIndicators: SeedIndicator[] = [...reportIndicators, ...catalogueIndicators, ...milestoneIndicators].map((ind) => {
  const later = peersAndCommunesFigures[ind.code];
  return later ? { ...ind, figures: [...ind.figures, ...later] } : ind;
});

const SEED_AUTHOR = 'seed';

/**
 * A seeded indicator's definition, checked by the contract every edit is checked by. A ratio's
 * province figure is its communes' numerators over their denominators; the seeded values (shares
 * in percent), ranks and milestones are not made from the communes' figures.
 */
export function seedDefinition(ind: SeedIndicator): IndicatorDefinition {
  return indicatorDefinitionSchema.parse({
    code: ind.code,
    name: { vi: ind.nameVi, en: ind.nameEn },
    definition: ind.definitionVi && ind.definitionEn ? { vi: ind.definitionVi, en: ind.definitionEn } : null,
    group: ind.group,
    kind: ind.kind,
    direction: ind.direction,
    unit: ind.unit,
    decimals: ind.decimals,
    scope: ind.scope ?? 'province',
    replacedBy: ind.replacedBy ?? null,
    aggregation: ind.kind === 'ratio' ? 'ratio-sum' : 'none',
  });
}

/**
 * Fills an empty database with the report's figures and the catalogue's, all published, each with
 * its source, and creates the indicator groups and organisation units where there are none (a
 * database older than them gets them on its next start), and likewise the provinces and the
 * sourced rows of their ranking tables, and gives rank targets saved before readings theirs.
 * Does nothing when they exist, so a restart never duplicates or overwrites. Returns whether it
 * seeded the figures.
 */
export function seedDatabase(db: Db): boolean {
  // Groups first: every seeded indicator names one.
  seedIndicatorGroups(db);
  const seeded = seedFigures(db);
  seedOrgUnits(db);
  seedRankings(db);
  fillRankReadings(db, seedIndicators);
  return seeded;
}

function seedFigures(db: Db): boolean {
  return db.transaction((tx) => {
    if (tx.select({ id: indicators.id }).from(indicators).limit(1).all().length > 0) return false;
    const sourceIds = new Map<string, number>();
    for (const { key, ...source } of seedSources) {
      const row = tx.insert(sources).values(source).returning({ id: sources.id }).get();
      sourceIds.set(key, row.id);
    }
    const sourceId = (key: string): number => {
      const id = sourceIds.get(key);
      if (id === undefined) throw new Error(`seed: unknown source key ${key}`);
      return id;
    };
    for (const ind of seedIndicators) {
      // The same write an approver's publication makes: the seed's catalogue is trusted, so published at once.
      const indicatorId = writeDefinition(tx, seedDefinition(ind), 1);
      for (const f of ind.figures) {
        const { id: observationId } = tx.insert(observations).values({ indicatorId, period: f.year }).returning({ id: observations.id }).get();
        tx.insert(observationRevisions)
          .values({
            observationId,
            state: 'published',
            numerator: f.numerator ?? null,
            denominator: f.denominator ?? null,
            value: f.value ?? null,
            position: f.position ?? null,
            outOf: f.outOf ?? null,
            milestoneState: f.milestoneState ?? null,
            milestoneDate: f.milestoneDate ?? null,
            published: f.published ?? null,
            publishedText: f.publishedText ?? null,
            basis: f.basis ?? 'stated',
            asOf: f.asOf ?? null,
            sourceId: sourceId(f.source),
            locator: f.locator ?? null,
            note: f.note ?? null,
            noteEn: f.noteEn ?? null,
            createdBy: SEED_AUTHOR,
            reviewedBy: SEED_AUTHOR,
            reviewedAt: new Date().toISOString(),
          })
          .run();
      }
      for (const t of ind.targets) {
        tx.insert(targets)
          .values({
            indicatorId,
            year: t.year,
            value: t.value,
            comparator: t.comparator,
            outOf: t.outOf ?? null,
            reading: t.reading ?? (ind.kind === 'rank' ? 'share' : null),
            sourceId: sourceId(t.source),
            locator: t.locator ?? null,
            note: t.note ?? null,
            noteEn: t.noteEn ?? null,
            createdBy: SEED_AUTHOR,
          })
          .run();
      }
    }
    return true;
  });
}
