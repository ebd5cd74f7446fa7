import { peerRanks, publishedYearCommentary } from '@kpi/db';
import { buildReview, reviewParamsSchema, reviewQuerySchema, reviewSchema } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reviewToDocx } from '../../services/review-docx.js';
import { sendJsonFile } from '../../http/send-cached.js';
import { sendFile } from '../../http/spreadsheet-reply.js';
import { errorResponses } from '../../http/errors.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The yearly review drafted from the published figures: as JSON for the app, as .docx to download. */
export const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const review = (year: number, lang: 'vi' | 'en') => {
    const { groups, data, updatedAt } = app.view.snapshot();
    // The year's first few and Lạng Sơn, the same rows the DTI page's peers show.
    // With the year's published analysis and actions, for its tasks section.
    return buildReview(data, groups, year, lang, updatedAt, new Date(), peerRanks(app.db, 'dti', [], 3), publishedYearCommentary(app.db, year));
  };

  app.get(
    '/api/reviews/:year',
    {
      config: { access: 'read' },
      schema: {
        tags: ['reviews'],
        summary: 'The yearly review drafted from the published figures, in Vietnamese or English',
        params: reviewParamsSchema,
        querystring: reviewQuerySchema,
        response: { 200: reviewSchema, ...errorResponses(400) },
      },
    },
    // Serialised once per data version, year and language, and revalidated by its ETag.
    async (request, reply) => {
      const { year } = request.params;
      const { lang } = request.query;
      const file = await app.publishedFiles.get('review.json', { year, lang }, () => Buffer.from(JSON.stringify(review(year, lang))));
      return sendJsonFile(reply, file);
    },
  );

  app.get(
    '/api/reviews/:year/review.docx',
    {
      config: { access: 'read' },
      schema: {
        tags: ['reviews'],
        summary: 'The yearly review as a Word document',
        params: reviewParamsSchema,
        querystring: reviewQuerySchema,
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      const { lang } = request.query;
      // Built once per data version, year and language: a Word file takes real CPU to write.
      const file = await app.publishedFiles.get('review.docx', { year, lang }, () => reviewToDocx(review(year, lang)));
      const name = lang === 'vi' ? `bao-cao-ket-qua-${year}.docx` : `ict-review-${year}.docx`;
      return sendFile(reply, file, DOCX, name);
    },
  );
};
