import multipart from '@fastify/multipart';
import type { Locale } from '@kpi/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../plugins/errors.js';
import { ImportFileError } from '../services/import/sheet.js';
import { malformedMultipart } from './multipart-errors.js';

/** The caller's language for the messages of an upload's answer: Vietnamese when it comes first. */
export const localeOf = (request: FastifyRequest): Locale => (/^\s*vi\b/i.test(request.headers['accept-language'] ?? '') ? 'vi' : 'en');

/**
 * Lets the routes of this plugin context take one uploaded file of at most `maxBytes` (and a few
 * small fields a browser may add). Registered per context, so the rest of the API keeps refusing
 * multipart bodies; every upload route gets the same limits this way.
 */
export async function acceptUploads(app: FastifyInstance, maxBytes: number): Promise<void> {
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 } });
}

/** An upload route's onRequest hook: anything but multipart is refused before the body is read. */
export async function requireMultipart(request: FastifyRequest) {
  if (!/^multipart\/form-data\b/i.test(request.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'unsupported-media-type', 'Send the file as multipart/form-data, in a field named "file"', { file: 'file-required' });
  }
}

/** The file name as sent, without any path, NFC, at most 200 characters. */
export const cleanName = (name: string) => (name.split(/[\\/]/).pop() ?? '').normalize('NFC').slice(-200) || 'upload';

/**
 * The one file of a multipart upload (in a context that called acceptUploads), read within
 * `maxBytes`: 413 beyond it, 400 when the form is malformed or has no file; each names the field.
 */
export async function readUpload(app: FastifyInstance, request: FastifyRequest, maxBytes: number): Promise<{ bytes: Buffer; fileName: string }> {
  const file = await request.file().catch(malformedMultipart);
  if (!file) throw new HttpError(400, 'file-required', 'Send the file in a multipart field named "file"', { file: 'file-required' });
  try {
    return { bytes: await file.toBuffer(), fileName: cleanName(file.filename) };
  } catch (err) {
    if (err instanceof app.multipartErrors.RequestFileTooLargeError) {
      throw new HttpError(413, 'file-too-large', `The file is larger than ${maxBytes / 1024 / 1024} MB: split it into several files`, {
        file: 'file-too-large',
      });
    }
    malformedMultipart(err);
  }
}

/** A problem with the uploaded file as a whole (its kind, encoding, size, columns), answered with its own status, naming `file`. */
export function uploadedFileError(err: unknown): never {
  if (err instanceof ImportFileError) throw new HttpError(err.status, err.code, err.message, { file: err.code });
  throw err;
}
