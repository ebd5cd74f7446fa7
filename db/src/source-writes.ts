import type { Source } from '@kpi/shared';
import { appendAudit } from './audit.js';
import { toSource } from './mappers.js';
import type { Db, DbOrTx } from './open-db.js';
import { sources } from './schema.js';
import { eq } from 'drizzle-orm';

/** Where a document was published may be left out: most documents are read from their issuer. */
export type NewSource = Omit<Source, 'id' | 'publisher' | 'noteEn'> & { publisher?: string | null; noteEn?: string | null };

export function insertSource(db: DbOrTx, source: NewSource, actor: string): Source {
  return db.transaction((tx) => {
    const row = tx.insert(sources).values(source).returning().get();
    appendAudit(tx, { actor, action: 'source.create', entity: 'source', entityKey: String(row.id), after: source });
    return toSource(row);
  });
}

export function sourceExists(db: Db, id: number): boolean {
  return db.select({ id: sources.id }).from(sources).where(eq(sources.id, id)).get() !== undefined;
}
