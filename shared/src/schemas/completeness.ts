import { localizedTextSchema } from './common.js';
import { orgUnitKindSchema } from './org-unit.js';
import { z } from './zod.js';

/**
 * How complete a year's figures are, DHIS2's "reporting rate": of the figures expected (every
 * indicator current that year, for the province and, where its definition builds the province's
 * figure from its units', for each unit that stood at the year's end), how many are published.
 */
export const unitRefSchema = z.object({ code: z.string(), name: z.string(), kind: orgUnitKindSchema });
export type UnitRef = z.infer<typeof unitRefSchema>;

const countsSchema = z.object({ expected: z.number().int(), published: z.number().int() });

export const completenessSchema = z.object({
  year: z.number().int(),
  ...countsSchema.shape,
  byIndicator: z.array(
    countsSchema.extend({
      code: z.string(),
      name: localizedTextSchema,
      /** The expected figures not yet published, the province first: each a link to its entry. */
      missing: z.array(unitRefSchema),
    }),
  ),
  byUnit: z.array(countsSchema.extend({ unit: unitRefSchema })),
});
export type Completeness = z.infer<typeof completenessSchema>;
