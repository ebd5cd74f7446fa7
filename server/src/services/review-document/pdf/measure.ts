import PDFDocument from 'pdfkit';
import { serifFonts, type FontFace } from './fonts.js';

let measurer: PDFKit.PDFDocument | null = null;

/**
 * The width in points of `text` set in the shipped serif face: Times New Roman's metrics, so the
 * Word file can size its rules to the lines above them as Word will set those lines.
 */
export function textWidth(text: string, face: FontFace, size: number): number {
  if (!measurer) {
    measurer = new PDFDocument({ autoFirstPage: false });
    for (const [name, data] of Object.entries(serifFonts())) measurer.registerFont(name, data);
  }
  return measurer.font(face).fontSize(size).widthOfString(text);
}
