import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { DECREE, mmToTwips } from './decree-style.js';
import type { DecreeParts, ReviewLayout } from './layout.js';

const S = DECREE.size;
const FONT = DECREE.font;
const half = (pt: number) => pt * 2; // docx sizes are half-points
const twips = (pt: number) => Math.round(pt * 20);

const PAGE = { width: mmToTwips(DECREE.page.widthMm), height: mmToTwips(DECREE.page.heightMm) };
const MARGINS = {
  top: mmToTwips(DECREE.marginsMm.top),
  bottom: mmToTwips(DECREE.marginsMm.bottom),
  left: mmToTwips(DECREE.marginsMm.left),
  right: mmToTwips(DECREE.marginsMm.right),
  header: mmToTwips(DECREE.marginsMm.top / 2),
};
const TEXT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;
/** The header's and the closing's columns: agency and recipients left, national title and signatory right. */
const COLUMNS = [Math.round(TEXT_WIDTH * DECREE.leftColumnShare), TEXT_WIDTH - Math.round(TEXT_WIDTH * DECREE.leftColumnShare)];

interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}
const run = (text: string, { size, bold, italics }: RunStyle) => new TextRun({ text, font: FONT, size: half(size), bold, italics });

const line = (text: string, style: RunStyle, options: Omit<IParagraphOptions, 'children'> = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, ...options, children: [run(text, style)] });

/**
 * A rule of `width` twips centred in a column of `column` twips: an empty paragraph's bottom border
 * between indents, the way Word users draw the decree's rules, so it stays put when text is edited.
 */
function rule(width: number, column: number): Paragraph {
  const side = Math.max(0, Math.round((column - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { after: 0, line: 120, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

const cell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children });

/**
 * Two borderless columns: the decree's header and closing are laid out this way in Word. No cell
 * margins, so a column holds as much text as the PDF's (the national title just fits its column).
 */
const columns = (left: Paragraph[], right: Paragraph[]) =>
  new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [new TableRow({ children: [cell(COLUMNS[0]!, left), cell(COLUMNS[1]!, right)] })],
  });

function header(d: DecreeParts): Table {
  const [leftW, rightW] = COLUMNS as [number, number];
  const agencyRule = twips(d.geometry.agencyRule);
  const mottoRule = twips(d.geometry.mottoRule);
  const gap = { before: 200, after: 0 };
  return columns(
    [
      line(d.superior, { size: d.agencySize }),
      line(d.agency, { size: d.agencySize, bold: true }),
      rule(agencyRule, leftW),
      line(d.number, { size: S.number }, { spacing: gap }),
    ],
    [
      line(d.motto[0], { size: S.nationalTitle, bold: true }),
      line(d.motto[1], { size: S.motto, bold: true }),
      rule(mottoRule, rightW),
      line(d.placeDate, { size: S.placeDate, italics: true }, { spacing: gap }),
    ],
  );
}

function closing(d: DecreeParts): Table {
  return columns(
    [
      new Paragraph({ spacing: { after: 0 }, children: [run(d.recipientsLabel, { size: S.recipientsLabel, bold: true, italics: true })] }),
      ...d.recipients.map((r) => new Paragraph({ spacing: { after: 0 }, children: [run(r, { size: S.recipients })] })),
    ],
    d.signatory.map((title) => line(title, { size: S.signatory, bold: true })),
  );
}

const body = { size: S.body };
const firstLine = mmToTwips(DECREE.firstLineMm);

/**
 * The review's layout as a Word document, the same document as the PDF (pdf/review-pdf.ts): in
 * Vietnamese a report as the decree lays it out, every sentence's sources in its footnote; in
 * English the plain form, its [n] citations in the text and the sources listed at the end.
 */
export async function layoutDocx(layout: ReviewLayout, author: string): Promise<Buffer> {
  const d = layout.decree;
  // Only the decree's report indents its paragraphs' first lines (I.6).
  const indent = d ? { firstLine } : {};
  const children: (Paragraph | Table)[] = [
    ...(d ? [header(d), line(d.type, { size: S.type, bold: true }, { spacing: { before: 360, after: 0 } })] : []),
    line(layout.title, { size: S.type, bold: true }),
    ...(d ? [rule(Math.round(TEXT_WIDTH / 5), TEXT_WIDTH)] : []),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
  for (const block of layout.blocks) {
    if (block.kind === 'heading') {
      children.push(
        new Paragraph({
          keepNext: true,
          indent,
          spacing: { before: twips(DECREE.paragraphGapPt), after: twips(DECREE.paragraphGapPt) },
          children: [run(block.text, { ...body, bold: true })],
        }),
      );
      continue;
    }
    const note = block.note ? [new FootnoteReferenceRun({ children: [new Paragraph({ children: [run(block.note, { size: S.footnote })] })] })] : [];
    children.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent,
        spacing: { after: twips(DECREE.paragraphGapPt) },
        children: [run(block.text, body), ...note],
      }),
    );
  }
  if (d) children.push(new Paragraph({ spacing: { after: 120 }, children: [] }), closing(d));

  const doc = new Document({
    creator: author,
    title: layout.title,
    styles: { default: { document: { run: { font: FONT, size: half(S.body) } } } },
    sections: [
      {
        // I.5: page numbers centred in the top margin from the second page; the first page's header is empty.
        properties: { titlePage: true, page: { size: PAGE, margin: MARGINS } },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: half(S.pageNumber) })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
