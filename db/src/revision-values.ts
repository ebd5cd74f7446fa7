import type { FigureEntry } from '@kpi/shared';

/** An entry's numbers in the revision's columns; the other kinds' columns stay null. */
export function figureColumns(entry: FigureEntry) {
  return {
    numerator: entry.kind === 'ratio' ? entry.numerator : null,
    denominator: entry.kind === 'ratio' ? entry.denominator : null,
    published: entry.kind === 'ratio' ? (entry.published ?? null) : null,
    value: entry.kind === 'value' ? entry.value : null,
    position: entry.kind === 'rank' ? entry.position : null,
    outOf: entry.kind === 'rank' ? entry.outOf : null,
    milestoneState: entry.kind === 'milestone' ? entry.state : null,
    milestoneDate: entry.kind === 'milestone' ? (entry.date ?? null) : null,
  };
}

/**
 * Every column of a new draft revision but its observation: one mapping for the entry form's
 * save and the import's batch, so both store a figure the same way.
 */
export function draftRevisionValues(entry: FigureEntry, actor: string) {
  return {
    ...figureColumns(entry),
    publishedText: entry.publishedText ?? null,
    basis: entry.basis ?? 'stated',
    asOf: entry.asOf ?? null,
    sourceId: entry.sourceId,
    locator: entry.locator ?? null,
    note: entry.note ?? null,
    noteEn: entry.noteEn ?? null,
    acknowledgedWarnings: JSON.stringify(entry.acknowledgedWarnings),
    createdBy: actor,
    createdAt: new Date().toISOString(),
  };
}
