import { extractText, getDocumentProxy } from 'unpdf';

/**
 * A PDF's text page by page, read with pdf.js (through unpdf), which shares nothing with pdfkit
 * that writes it: lines joined, runs of white space made one, NFC so "ắ" is one code point
 * whichever way the PDF's text layer spells it.
 */
export async function pdfPages(buffer: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: false });
  return text.map((page) => page.normalize('NFC').replace(/\s+/g, ' ').trim());
}

/** The text set in each page's top margin (above `marginPt` from the top edge): where the decree puts page numbers. */
export async function topMarginText(buffer: Buffer, marginPt: number): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const height = page.getViewport({ scale: 1 }).height;
    const { items } = await page.getTextContent();
    const inMargin = items.filter((item) => 'str' in item && item.str.trim() && item.transform[5] > height - marginPt);
    pages.push(inMargin.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}
