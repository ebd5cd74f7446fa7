import { reviewPhrases, type Review } from '@kpi/shared';
import type { ReviewAgency } from './agency.js';
import { DECREE, textWidthPt } from './decree-style.js';
import { textWidth } from './pdf/measure.js';

/** A heading (I., 1.) or a paragraph of the review, with the note that cites its sources. */
export type ReviewBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** `note`: the sources one sentence rests on, as its footnote; null where it cites none. */
  | { kind: 'paragraph'; text: string; note: string | null };

/** The parts of Decree 30/2020/NĐ-CP, Appendix I that surround the body of an administrative report. */
export interface DecreeParts {
  superior: string;
  agency: string;
  /** The agency block's size: 13, or 12 where the name would wrap at 13. */
  agencySize: number;
  motto: [string, string];
  /** "Số: …/BC-SKHCN": the clerk gives the number when the report is registered. */
  number: string;
  /** "Lạng Sơn, ngày … tháng … năm …": the date is the day it is signed, so left to fill in too. */
  placeDate: string;
  type: string;
  /** "Nơi nhận:" (reviewPhrases). */
  recipientsLabel: string;
  recipients: string[];
  signatory: string[];
  /** Where the header's and the closing's parts go, in points, for both writers to render. */
  geometry: DecreeGeometry;
}

/** The decree's two columns (agency and recipients left; national title, place and date, signatory right) and its rules. */
export interface DecreeGeometry {
  leftColumn: number;
  rightColumn: number;
  /** II.2: a solid rule 1/3 to 1/2 as long as the agency's line, centred beneath it. */
  agencyRule: number;
  /** II.1: beneath the motto a solid rule as long as its line. */
  mottoRule: number;
}

/**
 * The review as one document, laid out once for both writers (Word and PDF) so the two cannot
 * drift: the Vietnamese review is a report in the decree's form; the English one keeps its plain
 * form (a title, sections, citations as [n] and a list of sources), since it is no document the
 * department issues.
 */
export interface ReviewLayout {
  locale: Review['locale'];
  decree: DecreeParts | null;
  /** The summary under "BÁO CÁO" (trích yếu), or the plain form's title. */
  title: string;
  blocks: ReviewBlock[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** One sentence's sources as its footnote: "17/NQ-CP ngày 07/03/2019 — Nghị quyết…; …". */
function noteFor(review: Review, refs: readonly number[]): string | null {
  const labels = refs.map((n) => review.sources.find((s) => s.n === n)?.label).filter((label): label is string => Boolean(label));
  if (!labels.length) return null;
  const note = labels.join('; ');
  // A note ends with a full stop, unless its last label already ends a sentence ("Hà Nội xếp thứ 6…").
  return /[.…!?]$/.test(note) ? note : `${note}.`;
}

/** One indicator's published commentary: its analysis in paragraphs, then each action from a dash. */
function taskBody(item: Review['tasks']['items'][number], dash: string): ReviewBlock[] {
  return [
    ...item.analysis.map((text): ReviewBlock => ({ kind: 'paragraph', text, note: null })),
    ...item.actions.map((action): ReviewBlock => ({ kind: 'paragraph', text: `${dash} ${action}`, note: null })),
  ];
}

const DECREE_HEADINGS = reviewPhrases.vi.headings;

const LEFT_COLUMN = textWidthPt * DECREE.leftColumnShare;

/** 13 pt where both names fit the left column on one line at 13, else 12 (the decree allows either). */
function agencySize(superior: string, agency: string): number {
  const [small, large] = DECREE.size.agency;
  return textWidth(superior, 'regular', large) <= LEFT_COLUMN && textWidth(agency, 'bold', large) <= LEFT_COLUMN ? large : small;
}

function decreeGeometry(agency: string, agencySize: number, motto: string): DecreeGeometry {
  return {
    leftColumn: LEFT_COLUMN,
    rightColumn: textWidthPt - LEFT_COLUMN,
    agencyRule: Math.min(LEFT_COLUMN, textWidth(agency, 'bold', agencySize)) / 2.5,
    mottoRule: textWidth(motto, 'bold', DECREE.size.motto),
  };
}

/**
 * The Vietnamese review in the decree's form: sections numbered I., II. (upright bold capitals)
 * and 1., 2. beneath, as a department's report numbers them; each sentence's sources become its
 * footnote, so a clerk who moves or cuts a paragraph moves or cuts its provenance with it.
 */
export function decreeLayout(review: Review, agency: ReviewAgency): ReviewLayout {
  const blocks: ReviewBlock[] = [{ kind: 'paragraph', text: review.intro, note: null }];
  const sections: { heading: string; body: ReviewBlock[] }[] = [];
  const sentence = (s: { text: string; refs: number[] }): ReviewBlock => ({ kind: 'paragraph', text: s.text, note: noteFor(review, s.refs) });

  if (review.sections.length) {
    sections.push({
      heading: DECREE_HEADINGS.results,
      body: review.sections.flatMap((section, i) => [
        { kind: 'heading', level: 2, text: `${i + 1}. ${section.heading}` } as const,
        ...section.sentences.map(sentence),
      ]),
    });
  }
  sections.push({
    heading: review.outlook.heading,
    body: [
      ...review.outlook.sentences.map(sentence),
      ...(review.outlook.empty ? [{ kind: 'paragraph', text: review.outlook.empty, note: null } as const] : []),
    ],
  });
  if (review.amongProvinces) sections.push({ heading: review.amongProvinces.heading, body: [sentence(review.amongProvinces)] });
  // The year's published analysis and actions: a report's "tasks and solutions" part, one item per indicator.
  const { items, empty } = review.tasks;
  sections.push({
    heading: review.tasks.heading,
    body: [
      ...items.flatMap((item, i) => [{ kind: 'heading', level: 2, text: `${i + 1}. ${item.title}` } as const, ...taskBody(item, '-')]),
      ...(empty ? [{ kind: 'paragraph', text: empty, note: null } as const] : []),
    ],
  });
  if (review.caveats.length)
    sections.push({ heading: DECREE_HEADINGS.caveats, body: review.caveats.map((c) => sentence({ text: `- ${c.text}`, refs: c.refs })) });

  sections.forEach((section, i) => {
    blocks.push({ kind: 'heading', level: 1, text: `${ROMAN[i]}. ${section.heading.toLocaleUpperCase('vi')}` }, ...section.body);
  });
  // Each recipient on its own line from a dash, ending with ";", the last (the archive) with "." (Appendix I, II.9).
  const superior = agency.superior.toLocaleUpperCase('vi');
  const issuer = agency.agency.toLocaleUpperCase('vi');
  const recipients = agency.recipients.map((r, i, all) => `- ${r}${i === all.length - 1 ? '.' : ';'}`);
  const size = agencySize(superior, issuer);
  const motto: [string, string] = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
  return {
    locale: review.locale,
    decree: {
      superior,
      agency: issuer,
      agencySize: size,
      motto,
      number: `Số: …/BC-${agency.symbol}`,
      placeDate: `${agency.place}, ngày … tháng … năm …`,
      type: 'BÁO CÁO',
      recipientsLabel: reviewPhrases.vi.recipientsLabel,
      recipients,
      signatory: agency.signatory.map((line) => line.toLocaleUpperCase('vi')),
      geometry: decreeGeometry(issuer, size, motto[1]),
    },
    title: review.title,
    blocks,
  };
}

/** Today's plain form: title, sections, citations as [n] after each sentence, and the numbered sources. */
export function plainLayout(review: Review): ReviewLayout {
  const h = reviewPhrases[review.locale].headings;
  const cited = (s: { text: string; refs: number[] }): ReviewBlock => ({ kind: 'paragraph', text: s.text + s.refs.map((n) => `[${n}]`).join(''), note: null });
  const blocks: ReviewBlock[] = [{ kind: 'paragraph', text: review.intro, note: null }];
  for (const section of review.sections) blocks.push({ kind: 'heading', level: 1, text: section.heading }, ...section.sentences.map(cited));
  blocks.push({ kind: 'heading', level: 1, text: review.outlook.heading }, ...review.outlook.sentences.map(cited));
  if (review.outlook.empty) blocks.push({ kind: 'paragraph', text: review.outlook.empty, note: null });
  if (review.amongProvinces) blocks.push({ kind: 'heading', level: 1, text: review.amongProvinces.heading }, cited(review.amongProvinces));
  blocks.push({ kind: 'heading', level: 1, text: review.tasks.heading });
  for (const item of review.tasks.items) blocks.push({ kind: 'heading', level: 2, text: item.title }, ...taskBody(item, '–'));
  if (review.tasks.empty) blocks.push({ kind: 'paragraph', text: review.tasks.empty, note: null });
  if (review.caveats.length)
    blocks.push({ kind: 'heading', level: 1, text: h.caveats }, ...review.caveats.map((c) => cited({ text: `– ${c.text}`, refs: c.refs })));
  if (review.sources.length) {
    blocks.push({ kind: 'heading', level: 1, text: h.sources });
    for (const s of review.sources) blocks.push({ kind: 'paragraph', text: `[${s.n}] ${s.label}${s.source.url ? ` — ${s.source.url}` : ''}`, note: null });
  }
  return { locale: review.locale, decree: null, title: review.title, blocks };
}

/** The Vietnamese review as the department issues it; the English one as today. */
export const reviewLayout = (review: Review, agency: ReviewAgency): ReviewLayout =>
  review.locale === 'vi' ? decreeLayout(review, agency) : plainLayout(review);
