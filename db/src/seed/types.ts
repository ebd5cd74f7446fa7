import type { Comparator, RankReading, IndicatorGroup, IndicatorKind, Direction, SourceKind, Unit, MilestoneState, FigureBasis } from '@kpi/shared';

/** A source document, referred to by a local key within the seed. */
export interface SeedSource {
  key: string;
  number: string | null;
  title: string;
  /** The body that issued it; null where no source says which (never a newspaper). */
  issuer: string | null;
  /** The newspaper or website it was read in, when that is not the issuer. */
  publisher: string | null;
  date: string | null;
  kind: SourceKind;
  url: string | null;
  note: string | null;
  /** The note in English, translated faithfully from the Vietnamese; present wherever `note` is. */
  noteEn: string | null;
}

export interface SeedFigure {
  year: number;
  source: string;
  locator?: string;
  note?: string;
  /** The note in English, translated faithfully from the Vietnamese. */
  noteEn?: string;
  asOf?: string;
  publishedText?: string;
  /** Left out: as the source states it. `derived` or `assumed` figures say in their note from what. */
  basis?: FigureBasis;
  // By kind: ratio → numerator, denominator (published optional); value → value; rank → position, outOf.
  numerator?: number;
  denominator?: number;
  published?: number;
  value?: number;
  position?: number;
  outOf?: number;
  milestoneState?: MilestoneState;
  milestoneDate?: string;
}

export interface SeedTarget {
  year: number;
  value: number;
  comparator: Comparator;
  outOf?: number;
  /** Rank targets: as the document means the number; a share where it does not say. */
  reading?: RankReading;
  source: string;
  locator?: string;
  note?: string;
  /** The note in English, translated faithfully from the Vietnamese. */
  noteEn?: string;
}

export interface SeedIndicator {
  code: string;
  nameVi: string;
  nameEn: string;
  definitionVi?: string;
  definitionEn?: string;
  group: IndicatorGroup;
  kind: IndicatorKind;
  direction: Direction;
  unit: Unit;
  decimals: number;
  scope?: 'province' | 'national';
  /** Another seeded indicator took this one's place from a data year on. */
  replacedBy?: { code: string; fromYear: number };
  figures: SeedFigure[];
  targets: SeedTarget[];
}
