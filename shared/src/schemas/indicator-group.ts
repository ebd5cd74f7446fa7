import { bilingual, indicatorGroupSchema } from './indicator.js';
import { z } from './zod.js';

/*
 * The areas indicators are grouped by (e-government, telecoms…) are data: the department names
 * them in both languages and orders them; the overview, screens, review and choosers follow that
 * order. Admins keep them, each change audited, with the version they loaded.
 */

/** Where a group comes in the lists: lower first, ties by code. */
const orderSchema = z.number({ error: 'order-range' }).int('order-range').min(0, 'order-range').max(100_000, 'order-range');

export const indicatorGroupEntrySchema = z.object({
  code: indicatorGroupSchema,
  name: bilingual(120),
  order: orderSchema,
  version: z.number().int(),
});
export type IndicatorGroupEntry = z.infer<typeof indicatorGroupEntrySchema>;

export const indicatorGroupListSchema = z.object({ groups: z.array(indicatorGroupEntrySchema) });
export type IndicatorGroupList = z.infer<typeof indicatorGroupListSchema>;

/** A new group (admin); without an order it comes after the last one. */
export const createIndicatorGroupBodySchema = z.object({
  code: indicatorGroupSchema,
  name: bilingual(120),
  order: orderSchema.optional(),
});
export type CreateIndicatorGroupBody = z.infer<typeof createIndicatorGroupBodySchema>;

/** A group's names and place (admin), with the version the admin loaded; the code never changes. */
export const updateIndicatorGroupBodySchema = z.object({
  name: bilingual(120),
  order: orderSchema,
  version: z.number({ error: 'required' }).int().min(1),
});
export type UpdateIndicatorGroupBody = z.infer<typeof updateIndicatorGroupBodySchema>;

export const indicatorGroupParamsSchema = z.object({ code: indicatorGroupSchema });
