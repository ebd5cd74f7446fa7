import type { SourceFile } from '@kpi/shared';
import { eq } from 'drizzle-orm';
import { appendAudit } from './audit.js';
import { isEvidence } from './evidence.js';
import type { Db } from './open-db.js';
import { sourceFiles, sources } from './schema.js';

export interface StoredFile extends SourceFile {
  content: Buffer;
}

export type PutFileResult = { ok: true; replaced: boolean } | { ok: false; reason: 'unknown-source' | 'cited' };

/**
 * Stores (or replaces, audited) the document of a source that published data does not cite yet.
 * Once it does, the document is evidence and stays as it is (`cited`). The check and the write
 * share one IMMEDIATE transaction: it holds the write lock from its first read, so a publish
 * citing the source commits either before the check (and is seen) or after the write.
 */
export function putSourceFile(db: Db, sourceId: number, file: StoredFile, actor: string): PutFileResult {
  return db.transaction(
    (tx): PutFileResult => {
      if (!tx.select({ id: sources.id }).from(sources).where(eq(sources.id, sourceId)).get()) return { ok: false, reason: 'unknown-source' };
      if (isEvidence(tx, sourceId)) return { ok: false, reason: 'cited' };
      const before = tx.select({ name: sourceFiles.name, sha256: sourceFiles.sha256 }).from(sourceFiles).where(eq(sourceFiles.sourceId, sourceId)).get();
      const values = { ...file, createdBy: actor, createdAt: new Date().toISOString() };
      tx.insert(sourceFiles)
        .values({ sourceId, ...values })
        .onConflictDoUpdate({ target: sourceFiles.sourceId, set: values })
        .run();
      appendAudit(tx, {
        actor,
        action: before ? 'source.replace-file' : 'source.attach-file',
        entity: 'source',
        entityKey: String(sourceId),
        before: before ?? null,
        after: { name: file.name, mediaType: file.mediaType, size: file.size, sha256: file.sha256 },
      });
      return { ok: true, replaced: before !== undefined };
    },
    { behavior: 'immediate' },
  );
}

/** The stored document, and whether published data cites its source (who may read it depends on that). */
export function getSourceFile(db: Db, sourceId: number): (StoredFile & { cited: boolean }) | undefined {
  const file = db
    .select({ name: sourceFiles.name, mediaType: sourceFiles.mediaType, size: sourceFiles.size, sha256: sourceFiles.sha256, content: sourceFiles.content })
    .from(sourceFiles)
    .where(eq(sourceFiles.sourceId, sourceId))
    .get();
  return file && { ...file, cited: isEvidence(db, sourceId) };
}
