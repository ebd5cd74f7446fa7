import type Database from 'better-sqlite3';

/** A staged row that can no longer be written as staged, and why. */
export interface StaleRow {
  row: number;
  code: string;
  year: number;
  orgUnit: string;
  reason: 'unknown-indicator' | 'kind-mismatch' | 'unknown-source' | 'conflict';
  expected: string | null;
}

export interface SeqRange {
  from: number;
  to: number;
}

type Write = Database.Statement<[SeqRange]>;
export interface StagedWriteStatements {
  firstStale: Database.Statement<[], StaleRow>;
  supersedeDrafts: Write;
  bumpVersions: Write;
  insertObservations: Write;
  insertRevisions: Write;
  audit: Write;
  auditImport: Database.Statement<[{ actor: string; importId: string; detail: string }]>;
  clear: Database.Statement<[]>;
}

/**
 * The statements that write staged drafts (temp.import_drafts, see import-staging.ts), each over a
 * range of rows at once: set-based, they write a row in a few microseconds where one statement per
 * row costs tens, and the write lock is held for all of it.
 */
export function stagedWriteStatements(client: Database.Database): StagedWriteStatements {
  const range = 's.seq between :from and :to';
  return {
    /** The first staged row whose indicator, source or figure changed since it was staged. */
    firstStale: client.prepare<[], StaleRow>(`
      select s.row, s.indicator_code as code, s.period as year, s.org_unit as orgUnit, i.kind as expected,
        case
          when i.id is null or i.code is not s.indicator_code then 'unknown-indicator'
          when i.kind is not s.kind then 'kind-mismatch'
          when src.id is null then 'unknown-source'
          else 'conflict'
        end as reason
      from temp.import_drafts s
      left join indicators i on i.id = s.indicator_id
      left join sources src on src.id = s.source_id
      left join observations o on o.indicator_id = s.indicator_id and o.period = s.period and o.org_unit = s.org_unit
      where i.id is null or i.code is not s.indicator_code or i.kind is not s.kind or src.id is null
        or o.id is not s.observation_id or coalesce(o.version, 0) <> s.version
      order by s.seq
      limit 1`),
    /** A new draft supersedes the pending one. */
    supersedeDrafts: client.prepare<[SeqRange]>(`
      update observation_revisions set state = 'superseded'
      where state = 'draft' and observation_id in (select s.observation_id from temp.import_drafts s where ${range})`),
    bumpVersions: client.prepare<[SeqRange]>(`
      update observations set version = version + 1
      where id in (select s.observation_id from temp.import_drafts s where ${range})`),
    /** Figures with none yet; their version starts at 1. */
    insertObservations: client.prepare<[SeqRange]>(`
      insert into observations (indicator_id, period, org_unit)
      select s.indicator_id, s.period, s.org_unit from temp.import_drafts s
      where ${range} and s.observation_id is null
      order by s.seq`),
    insertRevisions: client.prepare<[SeqRange]>(`
      insert into observation_revisions (
        observation_id, state, numerator, denominator, published, value, position, out_of, milestone_state, milestone_date,
        published_text, as_of, source_id, locator, note, note_en, acknowledged_warnings, created_by)
      select o.id, 'draft', s.numerator, s.denominator, s.published, s.value, s.position, s.out_of, s.milestone_state, s.milestone_date,
        s.published_text, s.as_of, s.source_id, s.locator, s.note, s.note_en, s.acknowledged_warnings, s.created_by
      from temp.import_drafts s
      join observations o on o.indicator_id = s.indicator_id and o.period = s.period and o.org_unit = s.org_unit
      where ${range}
      order by s.seq`),
    /** The same `observation.save-draft` entry the entry form writes, in the file's order. */
    audit: client.prepare<[SeqRange]>(`
      insert into audit_entries (actor, action, entity, entity_key, indicator_code, before, after, detail)
      select s.created_by, 'observation.save-draft', 'observation', s.entity_key, s.indicator_code, s.before, s.after, s.detail
      from temp.import_drafts s
      where ${range}
      order by s.seq`),
    /** The import's own entry, its detail made when it was staged. */
    auditImport: client.prepare<[{ actor: string; importId: string; detail: string }]>(`
      insert into audit_entries (actor, action, entity, entity_key, detail) values (:actor, 'import.run', 'import', :importId, :detail)`),
    clear: client.prepare<[]>('delete from temp.import_drafts'),
  };
}
