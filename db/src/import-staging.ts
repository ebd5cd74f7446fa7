import type { FigureEntry } from '@kpi/shared';
import { currentFigures, figureKey } from './current-figures.js';
import { toFigure, toIndicator, toSource } from './mappers.js';
import { observationState, type ObservationKey, type WriteFailure } from './observation-writes.js';
import type { Db } from './open-db.js';
import { draftRevisionValues } from './revision-values.js';
import { DEFAULT_ORG_UNIT, indicators, sources } from './schema.js';

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

/** A batch of drafts staged on a connection, ready for `writeStagedDrafts` on the same one. */
export interface StagedDrafts {
  count: number;
  actor: string;
  importId: string;
  /**
   * The import's own audit detail, as JSON: the file's name, checksum and counts and every
   * figure's `code/year` — megabytes for a large file, so made before the write lock.
   */
  importDetail: string;
}

/**
 * Every row a batch will write, prepared in full: the revision's columns, the figure's key and the
 * version it is based on, and the audit entry's before and after. A TEMP table lives in the
 * connection's private temporary database, so filling it takes no lock on the real one.
 */
const CREATE_STAGING = `
  create temp table if not exists import_drafts (
    seq integer primary key,
    row integer not null,
    indicator_id integer not null,
    indicator_code text not null,
    kind text not null,
    period integer not null,
    org_unit text not null,
    observation_id integer,
    version integer not null,
    numerator integer, denominator integer, published real, value real, position integer, out_of integer,
    milestone_state text, milestone_date text, published_text text, as_of text,
    source_id integer not null, locator text, note text, note_en text,
    acknowledged_warnings text not null,
    created_by text not null,
    entity_key text not null,
    before text, after text not null, detail text
  )`;

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * First half of an import's write, without the write lock: checks each draft as the entry form's
 * `saveDraft` would (indicator, kind, source, version) against one consistent read of the
 * database, and stages it with everything its write needs. Throws ImportRowError naming the first
 * row that fails. Nests in the caller's transaction when there is one (an import stages inside
 * its plan's read transaction, so both see the same figures).
 */
export function stageDrafts(db: Db, drafts: readonly DraftToSave[], actor: string, meta: ImportMeta): StagedDrafts {
  return db.transaction(() => {
    const client = db.$client;
    client.exec(CREATE_STAGING);
    client.exec('delete from temp.import_drafts');
    const insert = client.prepare(`
      insert into temp.import_drafts values (
        :seq, :row, :indicatorId, :indicatorCode, :kind, :period, :orgUnit, :observationId, :version,
        :numerator, :denominator, :published, :value, :position, :outOf, :milestoneState, :milestoneDate, :publishedText, :asOf,
        :sourceId, :locator, :note, :noteEn, :acknowledgedWarnings, :createdBy, :entityKey, :before, :after, :detail)`);
    const indicatorByCode = new Map(
      db
        .select()
        .from(indicators)
        .all()
        .map((row) => [row.code, { row, kind: toIndicator(row).kind }]),
    );
    const sourceById = new Map(
      db
        .select()
        .from(sources)
        .all()
        .map((row) => [row.id, toSource(row)]),
    );
    const figures = currentFigures(
      db,
      drafts.map((d) => d.key.code),
    );
    drafts.forEach(({ key, entry, row }, i) => {
      const orgUnit = key.orgUnit ?? DEFAULT_ORG_UNIT;
      const ind = indicatorByCode.get(key.code);
      if (!ind) throw new ImportRowError(row, { ok: false, reason: 'unknown-indicator' });
      if (ind.kind !== entry.kind) throw new ImportRowError(row, { ok: false, reason: 'kind-mismatch', expected: ind.kind });
      const source = sourceById.get(entry.sourceId);
      if (!source) throw new ImportRowError(row, { ok: false, reason: 'unknown-source' });
      const existing = figures.get(figureKey(key.code, key.year, orgUnit));
      if (entry.version !== (existing?.version ?? 0)) {
        throw new ImportRowError(row, { ok: false, reason: 'conflict', current: observationState(db, key)! });
      }
      // Without createdAt: the write stamps the revision with its own time.
      const { createdAt: _, ...revision } = draftRevisionValues(entry, actor);
      // The figure as the write leaves it: its version bumped, the new draft its pending revision.
      const after = toFigure(
        ind.kind,
        { id: 0, indicatorId: ind.row.id, period: key.year, orgUnit, version: entry.version + 1 },
        { ...revision, id: 0, observationId: 0, state: 'draft', createdAt: '', reviewedBy: null, reviewedAt: null, reviewComment: null },
        source,
      );
      const acknowledged = entry.acknowledgedWarnings.length ? { acknowledgedWarnings: entry.acknowledgedWarnings } : {};
      // Assigned, not spread: a copy of every column per row doubled the staging's cost.
      insert.run(
        Object.assign(revision, {
          seq: i + 1,
          row,
          indicatorId: ind.row.id,
          indicatorCode: key.code,
          kind: ind.kind,
          period: key.year,
          orgUnit,
          observationId: existing?.observationId ?? null,
          version: entry.version,
          entityKey: `${key.code}/${key.year}/${orgUnit}`,
          before: json(existing?.current),
          after: json(after),
          detail: json({ ...acknowledged, importId: meta.importId }),
        }),
      );
    });
    // The province's figures as `code/year`, a unit's as `code/year/unit`.
    const figureKeys = drafts.map(({ key }) => `${key.code}/${key.year}${key.orgUnit && key.orgUnit !== DEFAULT_ORG_UNIT ? `/${key.orgUnit}` : ''}`);
    const importDetail = JSON.stringify({ fileName: meta.fileName, sha256: meta.sha256, counts: meta.counts, figures: figureKeys });
    return { count: drafts.length, actor, importId: meta.importId, importDetail };
  });
}
