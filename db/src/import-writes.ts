import type { FigureEntry } from '@kpi/shared';
import { appendAudit } from './audit.js';
import { draftStatements } from './import-statements.js';
import { draftRevisionValues } from './revision-values.js';
import { toFigure, toIndicator, toSource } from './mappers.js';
import { observationState, PROVINCE, type ObservationKey, type WriteFailure } from './observation-writes.js';
import type { Db } from './open-db.js';
import { indicators, sources } from './schema.js';

export interface DraftToSave {
  key: ObservationKey;
  entry: FigureEntry;
  /** Where it came from, for the error that names it: the spreadsheet row. */
  row: number;
}

export interface ImportMeta {
  importId: string;
  fileName: string;
  sha256: string;
  counts?: Record<string, number>;
}

/** One row could not be saved: the whole batch is rolled back. */
export class ImportRowError extends Error {
  constructor(
    readonly row: number,
    readonly failure: WriteFailure,
  ) {
    super(`row ${row}: ${failure.reason}`);
  }
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * Saves a whole file's figures as drafts, each as the entry form's `saveDraft` does it — same
 * checks (indicator, kind, source, version), a pending draft superseded, the version bumped, the
 * same `observation.save-draft` audit entry (its detail also names the import) — all in ONE
 * immediate transaction: any failure throws ImportRowError and nothing is written. The import
 * itself is audited with the file's name and SHA-256. `onProgress` is called as rows are written.
 */
export function saveDrafts(
  db: Db,
  drafts: readonly DraftToSave[],
  actor: string,
  meta: ImportMeta,
  onProgress?: (done: number, total: number) => void,
): { written: number } {
  return db.transaction(
    (tx) => {
      const q = draftStatements(tx);
      const indicatorByCode = new Map(tx.select().from(indicators).all().map((r) => [r.code, r]));
      const sourceById = new Map(tx.select().from(sources).all().map((r) => [r.id, toSource(r)]));
      const source = (id: number | null) => (id === null ? null : (sourceById.get(id) ?? null));
      drafts.forEach(({ key, entry, row }, i) => {
        const orgUnit = key.orgUnit ?? PROVINCE;
        const ind = indicatorByCode.get(key.code);
        if (!ind) throw new ImportRowError(row, { ok: false, reason: 'unknown-indicator' });
        if (ind.kind !== entry.kind) throw new ImportRowError(row, { ok: false, reason: 'kind-mismatch', expected: ind.kind });
        if (!sourceById.has(entry.sourceId)) throw new ImportRowError(row, { ok: false, reason: 'unknown-source' });
        const kind = toIndicator(ind).kind;
        const obs = q.observation.get({ indicatorId: ind.id, period: key.year, orgUnit });
        if (entry.version !== (obs?.version ?? 0)) {
          throw new ImportRowError(row, { ok: false, reason: 'conflict', current: observationState(tx, key)! });
        }
        let before = null;
        let after;
        if (obs) {
          const open = q.openRevisions.all({ observationId: obs.id });
          const previous = open.find((r) => r.state === 'draft') ?? open.find((r) => r.state === 'published');
          before = previous ? toFigure(kind, obs, previous, source(previous.sourceId)) : null;
          after = q.bumpVersion.get({ id: obs.id })!;
          q.supersedeDraft.run({ observationId: obs.id });
        } else {
          after = q.insertObservation.get({ indicatorId: ind.id, period: key.year, orgUnit })!;
        }
        const revision = q.insertRevision.get({
          observationId: after.id,
          ...draftRevisionValues(entry, actor),
        })!;
        const acknowledged = entry.acknowledgedWarnings.length ? { acknowledgedWarnings: entry.acknowledgedWarnings } : {};
        q.audit.run({
          actor,
          entityKey: `${key.code}/${key.year}/${orgUnit}`,
          indicatorCode: key.code,
          before: json(before),
          after: json(toFigure(kind, after, revision, source(revision.sourceId))),
          detail: json({ ...acknowledged, importId: meta.importId }),
        });
        onProgress?.(i + 1, drafts.length);
      });
      appendAudit(tx, {
        actor,
        action: 'import.run',
        entity: 'import',
        entityKey: meta.importId,
        detail: { fileName: meta.fileName, sha256: meta.sha256, counts: meta.counts, figures: drafts.map((d) => `${d.key.code}/${d.key.year}`) },
      });
      return { written: drafts.length };
    },
    { behavior: 'immediate' },
  );
}

/**
 * Runs `fn` holding the write lock (BEGIN IMMEDIATE), so what it reads cannot change before it
 * writes: an import plans against the figures and saves them in the same transaction.
 */
export function withWriteLock<T>(db: Db, fn: () => T): T {
  return db.transaction(() => fn(), { behavior: 'immediate' });
}
