import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerWithAccess } from './access.js';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI 3 generated from the same zod schemas the routes validate with: /docs/json and /docs. */
export const openapiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'ICT KPI dashboard API',
        description: 'Indicators, figures and targets of the provincial ICT sector, with progress against target.',
        version: '0.1.0',
      },
      tags: [
        { name: 'health', description: 'Liveness and database' },
        { name: 'indicators', description: 'Indicators with their series, targets and statuses' },
        { name: 'dashboard', description: 'The overview of a year' },
        { name: 'sources', description: 'Documents figures and targets come from' },
        { name: 'org-units', description: 'The province, its communes and wards, and the former units (admins keep them)' },
        { name: 'auth', description: 'Sign-in, sessions and your own password' },
        { name: 'users', description: 'Accounts and roles (admins)' },
        { name: 'catalogue', description: 'Indicator groups (admins) and definitions: drafts, publication, return, retirement (approvers)' },
        { name: 'entry', description: 'Figures and targets: drafts, publication, return' },
        { name: 'commentary', description: 'Analysis and actions per indicator and year: drafts, publication, return' },
        { name: 'imports', description: 'Spreadsheet import: template, dry run, run' },
        { name: 'exports', description: 'Published figures as CSV and XLSX' },
        { name: 'screens', description: 'Meeting-room screens: settings (admins), content and live events (token)' },
        { name: 'reviews', description: 'The yearly review drafted from the data' },
        { name: 'audit', description: 'Who changed what, when (admins)' },
        { name: 'mail', description: 'E-mail: your address and choices, the outbox and a test message (admins)' },
        { name: 'calendar', description: 'The reporting calendar, completeness of a year (approvers) and each user’s inbox' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  // The API's description is closed with the figures when PUBLIC_READ is off.
  await registerWithAccess(app, 'read', swaggerUi, {
    routePrefix: '/docs',
    // Swagger UI gets its own policy on /docs (inline scripts, were there any, allowed by hash).
    // Its defaults are tightened to the app's: nothing from outside (no validator badge, no https:
    // styles or fonts), no framing, and no upgrade to HTTPS on a plain-HTTP intranet.
    staticCSP: true,
    transformStaticCSP: (header) =>
      header
        .replace(' validator.swagger.io', '')
        // Its bundle injects <style> elements at run time: inline styles (never scripts) on /docs only.
        .replace("style-src 'self' https:", "style-src 'self' 'unsafe-inline'")
        .replace("font-src 'self' https: data:", "font-src 'self' data:")
        .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
        .replace(/\s*upgrade-insecure-requests;?/, ''),
    uiConfig: { validatorUrl: null },
  });
});
