import { inboxFor } from '@kpi/db';
import { inboxSchema, todayIn } from '@kpi/shared';
import type { CalendarSettings } from '../../calendar-settings.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../http/errors.js';

export interface InboxRouteOptions extends CalendarSettings {
  /** The clock "today" is read from: tests pin it. */
  clock: () => Date;
}

/** What waits for the signed-in user, drawn up on each read (nothing stored: the figures are the truth). */
export const inboxRoutes: FastifyPluginAsyncZod<InboxRouteOptions> = async (app, { departmentRule, dueDays, worsenedDays, clock }) => {
  app.get(
    '/api/inbox',
    {
      config: { access: 'viewer' },
      schema: {
        tags: ['calendar'],
        summary: 'What waits for the signed-in user: figures due soon or overdue, drafts to approve or returned, statuses that worsened',
        description:
          'Due and overdue: the figures the user is responsible for; approvers and admins also get the department’s overdue figures, one item per indicator and year. Drafts to approve: approvers, never their own. Each item links to where it is resolved.',
        response: { 200: inboxSchema, ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const { username, role, unit } = request.user!;
      // The published data the overview is served from, already in memory: "worsened" is judged on it.
      const published = () => app.view.snapshot().data;
      return inboxFor(app.db, { user: { username, role, unit }, today: todayIn(clock()), dueDays, worsenedDays, departmentRule, published });
    },
  );
};
