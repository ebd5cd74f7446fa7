import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Liberation Serif 2.1.5 (SIL OFL 1.1, server/assets/fonts/LICENSE-OFL.txt): metric-compatible with
 * Times New Roman, which the decree names, and with every Vietnamese letter and combining mark.
 * It ships with the app (copied from Debian's fonts-liberation2): a PDF never depends on the fonts
 * of the machine that serves it, nor on anything fetched. Read once, embedded (subset) in each PDF.
 */
const dir = fileURLToPath(new URL('../../../../assets/fonts/', import.meta.url));

export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontFace, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

let loaded: Record<FontFace, Buffer> | null = null;

export function serifFonts(): Record<FontFace, Buffer> {
  loaded ??= Object.fromEntries(Object.entries(FILES).map(([face, file]) => [face, readFileSync(`${dir}${file}`)])) as Record<FontFace, Buffer>;
  return loaded;
}
