import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '@kpi/shared';

/** Sizes past which a request is refused (413; 503 for the import queue) rather than read: configurable (config.ts, buildApp). */
export interface Limits {
  /** A JSON (or any non-multipart) request body. */
  bodyBytes: number;
  /** An import file as uploaded. */
  importBytes: number;
  /** Data rows of an import file (CSV or the XLSX figures sheet). */
  importRows: number;
  /** XLSX (a zip): entries in its central directory. An Excel workbook has a few dozen. */
  zipEntries: number;
  /** XLSX: the sum of the entries' uncompressed sizes, as the zip's directory declares them. */
  zipUncompressedBytes: number;
  /** XLSX: uncompressed ÷ compressed size of any one entry; XML compresses ~10–20×, a zip bomb ~1000×. */
  zipRatio: number;
  /** Imports (and dry runs) waiting behind the one the worker runs, each holding its file in memory. */
  importQueue: number;
}

export const DEFAULT_LIMITS: Limits = {
  bodyBytes: 1024 * 1024,
  importBytes: IMPORT_MAX_BYTES,
  importRows: IMPORT_MAX_ROWS,
  zipEntries: 1000,
  zipUncompressedBytes: 200 * 1024 * 1024,
  zipRatio: 200,
  importQueue: 4,
};

/** The zip and row limits, which travel with an import task into the worker thread. */
export type SheetLimits = Pick<Limits, 'importRows' | 'zipEntries' | 'zipUncompressedBytes' | 'zipRatio'>;
