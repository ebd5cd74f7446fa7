import { createHash } from 'node:crypto';
import multipart from '@fastify/multipart';
import { getSourceFile, putSourceFile, sourceExists } from '@kpi/db';
import { errorBodySchema, MAX_SOURCE_FILE_BYTES, sourceFileSchema, sourceFileTypes, sourceParamsSchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpError } from '../plugins/errors.js';
import { sniffSourceFileType } from '../services/file-type.js';
import { malformedMultipart } from './multipart-errors.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 413: errorBodySchema, 415: errorBodySchema };
const MB = MAX_SOURCE_FILE_BYTES / 1024 / 1024;

/** The document behind a source: uploaded by analysts, served to whoever may read the figures. */
export const sourceFileRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_SOURCE_FILE_BYTES, files: 1, fields: 0, parts: 1 } });

  app.post(
    '/api/sources/:id/file',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['sources'],
        summary: `Attach the document (PDF, PNG, JPEG, WebP or TIFF, at most ${MB} MB) to a source (analysts)`,
        consumes: ['multipart/form-data'],
        params: sourceParamsSchema,
        response: { 201: sourceFileSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!sourceExists(app.db, id)) throw new HttpError(404, 'not-found', `No source ${id}`);
      if (!request.isMultipart()) throw new HttpError(415, 'unsupported-media-type', 'Send the file as multipart/form-data', { file: 'required' });
      const part = await request.file().catch(malformedMultipart);
      if (!part) throw new HttpError(400, 'validation', 'No file in the form', { file: 'required' });
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
      putSourceFile(app.db, id, { ...file, content }, request.user!.username);
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
        params: sourceParamsSchema,
      },
    },
    async (request, reply) => {
      const file = getSourceFile(app.db, request.params.id);
      if (!file) throw new HttpError(404, 'not-found', `Source ${request.params.id} has no stored file`);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('cache-control', 'private, max-age=3600')
        .header('etag', `"${file.sha256}"`)
        .send(file.content);
    },
  );
};
