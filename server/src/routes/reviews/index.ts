import { peerRanks, publishedYearCommentary } from '@kpi/db';
import { buildReview, reviewParamsSchema, reviewQuerySchema, reviewSchema, todayIn } from '@kpi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reviewDocx, reviewPdf, type ReviewAgency } from '../../services/review-document/index.js';
import { sendJsonFile } from '../../http/send-cached.js';
import { sendFile } from '../../http/spreadsheet-reply.js';
import { errorResponses } from '../../http/errors.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF = 'application/pdf';

/** The file's name as the department files it (Vietnamese) or as a reader abroad would (English). */
const fileName = (year: number, lang: 'vi' | 'en', ext: 'docx' | 'pdf') => (lang === 'vi' ? `bao-cao-ket-qua-${year}.${ext}` : `ict-review-${year}.${ext}`);

/**
 * The yearly review drafted from the published figures: as JSON for the app, as .docx and .pdf to
 * download (in Vietnamese a report in the form of Decree 30/2020/NĐ-CP, issued by `agency`).
 */
export const reviewRoutes: FastifyPluginAsyncZod<{ agency: ReviewAgency }> = async (app, { agency }) => {
  /**
   * What a cached review is keyed by besides the data version: its year, its language and the day
   * in Vietnam, since its tasks say which actions are overdue, and that changes at midnight without
   * any write.
   */
  const key = (year: number, lang: 'vi' | 'en') => ({ year, lang, day: todayIn(new Date()) });
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
      const file = await app.publishedFiles.get('review.json', key(year, lang), () => Buffer.from(JSON.stringify(review(year, lang))));
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
      const file = await app.publishedFiles.get('review.docx', key(year, lang), () => reviewDocx(review(year, lang), agency));
      return sendFile(reply, file, DOCX, fileName(year, lang, 'docx'));
    },
  );

  app.get(
    '/api/reviews/:year/review.pdf',
    {
      config: { access: 'read' },
      schema: {
        tags: ['reviews'],
        summary: 'The yearly review as a PDF, fonts embedded: the same document as the Word file',
        params: reviewParamsSchema,
        querystring: reviewQuerySchema,
        response: errorResponses(400),
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      const { lang } = request.query;
      // Built once per data version, year and language, like the Word file: laying out and subsetting fonts costs CPU.
      const file = await app.publishedFiles.get('review.pdf', key(year, lang), () => reviewPdf(review(year, lang), agency));
      return sendFile(reply, file, PDF, fileName(year, lang, 'pdf'));
    },
  );
};
