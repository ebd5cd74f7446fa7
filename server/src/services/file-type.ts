import type { sourceFileTypes } from '@kpi/shared';

type SourceFileType = (typeof sourceFileTypes)[number];

/**
 * The media type a file's first bytes say it is, among those a source may have; null otherwise.
 * The name and the browser's claimed type are not trusted: a renamed executable stays refused.
 */
export function sniffSourceFileType(bytes: Buffer): SourceFileType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'image/tiff';
  return null;
}
