import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from './open-db.js';
import { auditEntries, observationRevisions, observations } from './schema.js';

const p = sql.placeholder;
/**
 * The statements of one draft save, prepared once per batch: building and preparing each query
 * anew (as the one-figure path does) costs about a millisecond a row, and the batch holds the
 * write lock all that time.
 */
export function draftStatements(tx: DbOrTx) {
  const rev = observationRevisions;
  return {
    observation: tx
      .select()
      .from(observations)
      .where(and(eq(observations.indicatorId, p('indicatorId')), eq(observations.period, p('period')), eq(observations.orgUnit, p('orgUnit'))))
      .prepare(),
    openRevisions: tx.select().from(rev).where(and(eq(rev.observationId, p('observationId')), inArray(rev.state, ['draft', 'published']))).prepare(),
    insertObservation: tx.insert(observations).values({ indicatorId: p('indicatorId'), period: p('period'), orgUnit: p('orgUnit') }).returning().prepare(),
    bumpVersion: tx.update(observations).set({ version: sql`${observations.version} + 1` }).where(eq(observations.id, p('id'))).returning().prepare(),
    supersedeDraft: tx.update(rev).set({ state: 'superseded' }).where(and(eq(rev.observationId, p('observationId')), eq(rev.state, 'draft'))).prepare(),
    insertRevision: tx
      .insert(rev)
      .values({
        observationId: p('observationId'),
        state: 'draft',
        ...Object.fromEntries(['numerator', 'denominator', 'published', 'value', 'position', 'outOf', 'milestoneState', 'milestoneDate'].map((c) => [c, p(c)])),
        publishedText: p('publishedText'),
        asOf: p('asOf'),
        sourceId: p('sourceId'),
        locator: p('locator'),
        note: p('note'),
        acknowledgedWarnings: p('acknowledgedWarnings'),
        createdBy: p('createdBy'),
        createdAt: p('createdAt'),
      })
      .returning()
      .prepare(),
    audit: tx
      .insert(auditEntries)
      .values({ actor: p('actor'), action: 'observation.save-draft', entity: 'observation', entityKey: p('entityKey'), indicatorCode: p('indicatorCode'), before: p('before'), after: p('after'), detail: p('detail') })
      .prepare(),
  };
}

