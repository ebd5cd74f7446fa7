import { z } from './zod.js';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityKey: z.string(),
  indicatorCode: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  detail: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListSchema = z.object({ entries: z.array(auditEntrySchema) });
export type AuditList = z.infer<typeof auditListSchema>;

export const auditQuerySchema = z.object({
  indicator: z.string().max(80).optional(),
  user: z.string().max(64).optional(),
  /** Dates or instants, inclusive. */
  from: z.union([z.iso.date(), z.iso.datetime()]).optional(),
  to: z.union([z.iso.date(), z.iso.datetime()]).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});
