import { createHash } from 'node:crypto';
import multipart from '@fastify/multipart';
import { getSourceFile, isEvidence, putSourceFile, sourceExists } from '@kpi/db';
import { MAX_SOURCE_FILE_BYTES, sourceFileSchema, sourceFileTypes, sourceParamsSchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mayReadDrafts } from '../../plugins/access.js';
import { HttpError } from '../../plugins/errors.js';
import { sniffSourceFileType } from '../../services/file-type.js';
import { malformedMultipart } from '../../http/multipart-errors.js';
import { errorResponses, invalid, notFound } from '../../http/errors.js';

const errors = errorResponses(400, 401, 403, 404, 409, 413, 415);
const MB = MAX_SOURCE_FILE_BYTES / 1024 / 1024;

/** Published data cites the source: its document is evidence the public has seen, and stays as it is. */
const cited = (id: number) =>
  new HttpError(
    409,
    'source-cited',
    `Source ${id} is cited by published figures or targets, so its document can no longer be attached or replaced: add a new source with the document and cite it in a correction`,
    { id: 'source-cited' },
  );

/**
 * The document behind a source: uploaded by analysts until published data cites the source;
 * served to whoever may read the figures once it does, and before that only to analysts.
 */
export const sourceFileRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_SOURCE_FILE_BYTES, files: 1, fields: 0, parts: 1 } });

  app.post(
    '/api/sources/:id/file',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['sources'],
        summary: `Attach the document (PDF, PNG, JPEG, WebP or TIFF, at most ${MB} MB) to a source (analysts)`,
        description: 'Attaches or replaces it while no published figure or target cites the source; after that, 409 `source-cited`.',
        consumes: ['multipart/form-data'],
        params: sourceParamsSchema,
        response: { 201: sourceFileSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!sourceExists(app.db, id)) throw notFound(`No source ${id}`);
      // Refused before the upload is read; putSourceFile decides again with the write.
      if (isEvidence(app.db, id)) throw cited(id);
      if (!request.isMultipart()) throw new HttpError(415, 'unsupported-media-type', 'Send the file as multipart/form-data', { file: 'required' });
      const part = await request.file().catch(malformedMultipart);
      if (!part) throw invalid('No file in the form', { file: 'required' });
      const content = await part.toBuffer().catch((err: { code?: string }) => {
        if (err.code === 'FST_REQ_FILE_TOO_LARGE') throw new HttpError(413, 'too-large', `A source file is at most ${MB} MB`, { file: 'too-large' });
        malformedMultipart(err);
      });
      const mediaType = sniffSourceFileType(content);
      if (!mediaType) {
        throw new HttpError(415, 'unsupported-media-type', `A source file is ${sourceFileTypes.join(', ')}`, { file: 'unsupported-file' });
      }
      const file = {
        name: part.filename.normalize('NFC').slice(0, 200) || 'document',
        mediaType,
        size: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
      };
      const result = putSourceFile(app.db, id, { ...file, content }, request.user!.username);
      if (!result.ok) throw result.reason === 'cited' ? cited(id) : notFound(`No source ${id}`);
      app.invalidateViews();
      return reply.code(201).send(file);
    },
  );

  app.get(
    '/api/sources/:id/file',
    {
      config: { access: 'read' },
      schema: {
        tags: ['sources'],
        summary: 'The document of a source, as stored',
        description: 'Served to every reader once published data cites the source; before that, to signed-in analysts only (404 to others).',
        params: sourceParamsSchema,
      },
    },
    async (request, reply) => {
      const file = getSourceFile(app.db, request.params.id);
      // The same 404 as for no file at all: who may not see a source is not told it exists.
      if (!file || !(file.cited || mayReadDrafts(request))) throw notFound(`Source ${request.params.id} has no stored file`);
      return (
        reply
          .header('content-type', file.mediaType)
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "sandbox; default-src 'none'")
          // Cited, it can no longer change; before that it may be replaced (and only analysts get it), so revalidate each time.
          .header('cache-control', file.cited ? 'private, max-age=3600' : 'private, no-cache')
          .header('vary', 'cookie')
          .header('etag', `"${file.sha256}"`)
          .send(file.content)
      );
    },
  );
};
