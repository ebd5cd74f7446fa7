import {
  indicatorSchema,
  provincesRankedIn,
  rankPercentile,
  rankReadingSchema,
  ratePercent,
  sourceSchema,
  type Figure,
  type Indicator,
  type Source,
  type SourceFile,
  type Target,
} from '@kpi/shared';
import type { indicators, observationRevisions, observations, sources, targets } from './schema.js';

type IndicatorRow = typeof indicators.$inferSelect;
type SourceRow = typeof sources.$inferSelect;
type ObservationRow = typeof observations.$inferSelect;
type RevisionRow = typeof observationRevisions.$inferSelect;
type TargetRow = typeof targets.$inferSelect;

/**
 * Rows are parsed through the shared schema, so a bad value in the database fails loudly here.
 * `continuedBy` is the indicator whose `continues` names this one, which only a list knows.
 */
export function toIndicator(row: IndicatorRow, continuedBy: string | null = null): Indicator {
  return indicatorSchema.parse({
    code: row.code,
    name: { vi: row.nameVi, en: row.nameEn },
    definition: row.definitionVi && row.definitionEn ? { vi: row.definitionVi, en: row.definitionEn } : null,
    group: row.group,
    kind: row.kind,
    direction: row.direction,
    unit: row.unit,
    decimals: row.decimals,
    scope: row.scope,
    replacedBy: row.replacedBy !== null && row.replacedFrom !== null ? { code: row.replacedBy, fromYear: row.replacedFrom } : null,
    continues: row.continues,
    continuedBy,
    retiredFrom: row.retiredFrom,
  });
}

/** Each indicator's series continued by another, by the old one's code. */
export function continuations(rows: readonly IndicatorRow[]): Map<string, string> {
  return new Map(rows.flatMap((r) => (r.continues === null ? [] : [[r.continues, r.code] as const])));
}

/** A source's stored file as a left join gives it: null where no file is stored. */
export function storedFile(row: { name: string | null; mediaType: string | null; size: number | null; sha256: string | null }): SourceFile | null {
  const { name, mediaType, size, sha256 } = row;
  return name && mediaType && size !== null && sha256 ? { name, mediaType, size, sha256 } : null;
}

/** `cited` is given where the caller knows it (the source lists: see evidence.ts). */
export function toSource(row: SourceRow, file: SourceFile | null = null, cited?: boolean): Source {
  return sourceSchema.parse({
    file,
    ...(cited === undefined ? {} : { cited }),
    id: row.id,
    number: row.number,
    title: row.title,
    issuer: row.issuer,
    publisher: row.publisher,
    date: row.date,
    kind: row.kind,
    url: row.url,
    note: row.note,
    noteEn: row.noteEn,
  });
}

function required(value: number | null, what: string): number {
  if (value === null) throw new Error(`figure without ${what}`);
  return value;
}

/** A revision as a figure of its indicator's kind, with the rate or percentile computed. */
export function toFigure(kind: Indicator['kind'], obs: ObservationRow, rev: RevisionRow, source: Source | null): Figure {
  const base = {
    year: obs.period,
    orgUnit: obs.orgUnit,
    asOf: rev.asOf,
    source,
    locator: rev.locator,
    note: rev.note,
    noteEn: rev.noteEn,
    publishedText: rev.publishedText,
    basis: rev.basis,
    version: obs.version,
    approvedAt: rev.state === 'published' || rev.state === 'superseded' ? rev.reviewedAt : null,
  };
  switch (kind) {
    case 'ratio': {
      const numerator = required(rev.numerator, 'numerator');
      const denominator = required(rev.denominator, 'denominator');
      return { kind, ...base, numerator, denominator, published: rev.published, rate: ratePercent(numerator, denominator) };
    }
    case 'value':
      return { kind, ...base, value: required(rev.value, 'value') };
    case 'rank': {
      const position = required(rev.position, 'position');
      const outOf = rev.outOf ?? provincesRankedIn(obs.period);
      return { kind, ...base, position, outOf, percentile: rankPercentile(position, outOf) };
    }
    case 'milestone':
      return {
        kind,
        ...base,
        state: (rev.milestoneState ?? 'not-started') as Extract<Figure, { kind: 'milestone' }>['state'],
        date: rev.milestoneDate,
      };
  }
}

export function toTarget(row: TargetRow, source: Source | null, inForce: boolean): Target {
  return {
    year: row.year,
    value: row.value,
    comparator: row.comparator as Target['comparator'],
    outOf: row.outOf,
    // Parsed, so a bad value in the database fails loudly rather than reading as a share.
    reading: rankReadingSchema.nullable().parse(row.reading),
    source,
    locator: row.locator,
    note: row.note,
    noteEn: row.noteEn,
    revision: row.revision,
    inForce,
  };
}
