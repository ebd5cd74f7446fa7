import type { Review } from '@kpi/shared';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const HEADINGS = {
  vi: { caveats: 'Lưu ý về chất lượng số liệu', sources: 'Nguồn số liệu' },
  en: { caveats: 'Data-quality notes', sources: 'Sources' },
};

// The plain form keeps the page and face of Decree 30/2020/NĐ-CP: Times New Roman 13 pt on A4.
const FONT = 'Times New Roman';
const SIZE = 26; // half-points
const A4 = { width: 11906, height: 16838 }; // twips
const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 1134 }; // 2 cm, 3 cm left

const body = (children: TextRun[]) => new Paragraph({ children, alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } });
const text = (t: string) => new TextRun({ text: t, font: FONT, size: SIZE });
/** The numbered references a sentence rests on, as superscripts that match the "Nguồn số liệu" list. */
const cite = (refs: number[]) => refs.map((n) => new TextRun({ text: `[${n}]`, font: FONT, size: SIZE, superScript: true }));

/** The review in its plain form (title, sections, [n] citations, sources): the English review's, which the department does not issue. */
export async function plainDocx(review: Review): Promise<Buffer> {
  const h = HEADINGS[review.locale];
  const children: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: review.title, font: FONT, bold: true, size: 30 })],
    }),
    body([text(review.intro)]),
  ];
  for (const section of review.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: section.heading, font: FONT, bold: true, size: SIZE })] }));
    for (const s of section.sentences) children.push(body([text(s.text), ...cite(s.refs)]));
  }
  // Where we are heading: from the same outlooks as the cards, each sentence with its sources.
  children.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: review.outlook.heading, font: FONT, bold: true, size: SIZE })] }),
  );
  for (const s of review.outlook.sentences) children.push(body([text(s.text), ...cite(s.refs)]));
  if (review.outlook.empty) children.push(body([text(review.outlook.empty)]));
  // Among the provinces: the ranking table's paragraph, as the page shows it, with its sources.
  if (review.amongProvinces) {
    const { heading, text: paragraph, refs } = review.amongProvinces;
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: heading, font: FONT, bold: true, size: SIZE })] }));
    children.push(body([text(paragraph), ...cite(refs)]));
  }
  // Analysis and actions: the year's published commentary, worded in the review model (shared/review/tasks.ts).
  if (review.tasks) {
    const heading = (t: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
      new Paragraph({ heading: level, children: [new TextRun({ text: t, font: FONT, bold: true, size: SIZE })] });
    children.push(heading(review.tasks.heading, HeadingLevel.HEADING_1));
    for (const item of review.tasks.items) {
      children.push(heading(item.title, HeadingLevel.HEADING_2));
      for (const p of item.analysis) children.push(body([text(p)]));
      for (const a of item.actions) children.push(body([text(`– ${a}`)]));
    }
    if (review.tasks.empty) children.push(body([text(review.tasks.empty)]));
  }
  if (review.caveats.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: h.caveats, font: FONT, bold: true, size: SIZE })] }));
    for (const c of review.caveats) children.push(body([text(`– ${c.text}`), ...cite(c.refs)]));
  }
  if (review.sources.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: h.sources, font: FONT, bold: true, size: SIZE })] }));
    for (const s of review.sources) children.push(body([text(`[${s.n}] ${s.label}${s.source.url ? ` — ${s.source.url}` : ''}`)]));
  }
  const doc = new Document({
    creator: 'ICT KPI dashboard',
    title: review.title,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [{ properties: { page: { size: A4, margin: MARGINS } }, children }],
  });
  return Packer.toBuffer(doc);
}
