import type { SourceFile } from '@kpi/shared';
import { eq } from 'drizzle-orm';
import { appendAudit } from './audit.js';
import type { Db } from './open-db.js';
import { sourceFiles } from './schema.js';

export interface StoredFile extends SourceFile {
  content: Buffer;
}

/** Stores (or replaces, audited) the document of a source. */
export function putSourceFile(db: Db, sourceId: number, file: StoredFile, actor: string): void {
  db.transaction((tx) => {
    const before = tx.select({ name: sourceFiles.name, sha256: sourceFiles.sha256 }).from(sourceFiles).where(eq(sourceFiles.sourceId, sourceId)).get();
    const values = { ...file, createdBy: actor, createdAt: new Date().toISOString() };
    tx.insert(sourceFiles).values({ sourceId, ...values }).onConflictDoUpdate({ target: sourceFiles.sourceId, set: values }).run();
    appendAudit(tx, {
      actor,
      action: before ? 'source.replace-file' : 'source.attach-file',
      entity: 'source',
      entityKey: String(sourceId),
      before: before ?? null,
      after: { name: file.name, mediaType: file.mediaType, size: file.size, sha256: file.sha256 },
    });
  }, { behavior: 'immediate' });
}

export function getSourceFile(db: Db, sourceId: number): StoredFile | undefined {
  return db
    .select({ name: sourceFiles.name, mediaType: sourceFiles.mediaType, size: sourceFiles.size, sha256: sourceFiles.sha256, content: sourceFiles.content })
    .from(sourceFiles)
    .where(eq(sourceFiles.sourceId, sourceId))
    .get();
}
