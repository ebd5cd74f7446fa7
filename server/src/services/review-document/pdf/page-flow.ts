import PDFDocument from 'pdfkit';
import { DECREE, mmToPt } from '../decree-style.js';
import { serifFonts, type FontFace } from './fonts.js';

export interface TextStyle {
  face?: FontFace;
  size: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent, in points. */
  indent?: number;
}

/** Footnote marks sit this far above the baseline, at this share of the text's size, as Word sets them. */
const SUPERSCRIPT = { rise: 0.33, scale: 0.6 };
/** Liberation Serif's (and Times New Roman's) ascender, in ems. */
const ASCENDER = 0.891;

/**
 * A4 pages in the decree's margins, filled top to bottom, with footnotes at the foot of the page
 * that cites them and page numbers from the second page on. pdfkit flows text but knows nothing
 * of footnotes, so each block is measured first and goes to the next page, notes and all, when
 * it and its note would not fit above the notes already there.
 */
export class PageFlow {
  readonly doc: PDFKit.PDFDocument;
  readonly left = mmToPt(DECREE.marginsMm.left);
  readonly width: number;
  readonly top = mmToPt(DECREE.marginsMm.top);
  #bottom: number;
  y: number;
  #notes: { n: number; text: string }[] = [];
  #noteCount = 0;

  constructor(info: { title: string; author: string; lang: string }) {
    const fonts = serifFonts();
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: this.top, bottom: 0, left: this.left, right: mmToPt(DECREE.marginsMm.right) },
      bufferPages: true,
      lang: info.lang,
      displayTitle: true,
      info: { Title: info.title, Author: info.author, Creator: 'ICT KPI dashboard' },
    });
    for (const [face, data] of Object.entries(fonts)) this.doc.registerFont(face, data);
    this.width = this.doc.page.width - this.left - mmToPt(DECREE.marginsMm.right);
    this.#bottom = this.doc.page.height - mmToPt(DECREE.marginsMm.bottom);
    this.y = this.top;
  }

  #style({ face = 'regular', size }: TextStyle) {
    return this.doc.font(face).fontSize(size);
  }

  /** The height `text` takes in a column of `width`. */
  measure(text: string, style: TextStyle, width = this.width): number {
    return this.#style(style).heightOfString(text, { width, align: style.align, indent: style.indent });
  }

  /** Draws `text` at (x, y) in a column of `width`, without moving the flow; returns its height. */
  textAt(text: string, x: number, y: number, width: number, style: TextStyle): number {
    this.#style(style).text(text, x, y, { width, align: style.align, indent: style.indent, lineBreak: true });
    return this.measure(text, style, width);
  }

  /** A solid rule of `width`, centred on `cx` (the decree's rules under the agency, the motto and the summary). */
  rule(cx: number, y: number, width: number): void {
    this.doc
      .moveTo(cx - width / 2, y)
      .lineTo(cx + width / 2, y)
      .lineWidth(0.6)
      .strokeColor('black')
      .stroke();
  }

  #notesHeight(notes: readonly { n: number; text: string }[]): number {
    if (!notes.length) return 0;
    // The separator's space, then each note.
    return 10 + notes.reduce((h, note) => h + this.measure(`${note.n} ${note.text}`, { size: DECREE.size.footnote }) + 2, 0);
  }

  /** Room for `height` points (and `note`, if any) on this page, else a new page. */
  ensure(height: number, note: string | null = null): void {
    const notes = note ? [...this.#notes, { n: this.#noteCount + 1, text: note }] : this.#notes;
    if (this.y + height <= this.#bottom - this.#notesHeight(notes) || this.y === this.top) return;
    this.newPage();
  }

  newPage(): void {
    this.#drawNotes();
    this.doc.addPage();
    this.y = this.top;
  }

  /** A block in the flow: moved to the next page whole if it does not fit; its note marked and kept for this page's foot. */
  block(text: string, style: TextStyle, note: string | null = null, gapAfter: number = DECREE.paragraphGapPt): void {
    const mark = note ? String(this.#noteCount + 1) : '';
    // Measured with the mark at full size: a little more room than it takes, never less.
    const height = this.measure(mark ? `${text} ${mark}` : text, style);
    this.ensure(height, note);
    this.#style(style).text(text, this.left, this.y, { width: this.width, align: style.align, indent: style.indent, continued: Boolean(mark) });
    if (mark) {
      this.#noteCount += 1;
      this.#notes.push({ n: this.#noteCount, text: note! });
      const size = style.size * SUPERSCRIPT.scale;
      // pdfkit places a run's top at the line's top; a smaller run lifted by `rise` of the text's size.
      const ascent = style.size * ASCENDER;
      this.doc.fontSize(size).text(mark, { baseline: -(ascent - style.size * SUPERSCRIPT.rise), continued: false });
    }
    this.y += height + gapAfter;
  }

  #drawNotes(): void {
    if (!this.#notes.length) return;
    const height = this.#notesHeight(this.#notes);
    let y = this.#bottom - height;
    this.rule(this.left + this.width / 6, y + 4, this.width / 3);
    y += 10;
    for (const note of this.#notes) y += this.textAt(`${note.n} ${note.text}`, this.left, y, this.width, { size: DECREE.size.footnote, align: 'justify' }) + 2;
    this.#notes = [];
  }

  /** Finishes the last page and numbers every page but the first (Appendix I, I.5). */
  async end(): Promise<Buffer> {
    this.#drawNotes();
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start + 1; i < start + count; i++) {
      this.doc.switchToPage(i);
      this.textAt(String(i - start + 1), this.left, mmToPt(DECREE.marginsMm.top) / 2 - 4, this.width, { size: DECREE.size.pageNumber, align: 'center' });
    }
    const chunks: Buffer[] = [];
    this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.doc.end();
    return done;
  }
}
