import { PROVINCE_UNIT } from '../constants.js';
import { isoDateSchema } from './common.js';
import { z } from './zod.js';

/**
 * Organisation units: the province, its communes and wards (from 1/7/2025), and the district-level
 * units and former communes that earlier years' figures belong to. A unit has a parent (none for the
 * province), the dates it existed, and the former units it was made from.
 */
export const orgUnitKinds = ['province', 'city', 'district', 'ward', 'commune', 'town'] as const;
export const orgUnitKindSchema = z.enum(orgUnitKinds);
export type OrgUnitKind = z.infer<typeof orgUnitKindSchema>;

/** `tam-thanh`, `loc-binh-khanh-xuan`: lower-case letters without diacritics, digits, hyphens. */
export const orgUnitCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'org-unit-code-format')
  .max(64, 'too-long');

const fields = {
  /** The name as the resolution writes it, without the kind word: "Tam Thanh". */
  name: z.string().trim().min(1, 'required').max(120, 'too-long'),
  kind: orgUnitKindSchema,
  parent: orgUnitCodeSchema.nullable(),
  validFrom: isoDateSchema.nullable(),
  validTo: isoDateSchema.nullable(),
  /** Whether the name's spelling has been checked against the document that created the unit. */
  nameChecked: z.boolean(),
  /** The units it was made from, when a reorganisation merged them into it. */
  predecessors: z.array(orgUnitCodeSchema).max(50, 'too-long'),
  note: z.string().trim().max(1000, 'too-long').nullable(),
};

const datesInOrder = (unit: { validFrom: string | null; validTo: string | null }) =>
  unit.validFrom === null || unit.validTo === null || unit.validFrom <= unit.validTo;
const datesMessage = { message: 'dates-out-of-order', path: ['validTo'] };

export const orgUnitSchema = z.object({ code: orgUnitCodeSchema, ...fields, version: z.number().int() });
export type OrgUnit = z.infer<typeof orgUnitSchema>;

export const orgUnitListSchema = z.object({ units: z.array(orgUnitSchema) });
export type OrgUnitList = z.infer<typeof orgUnitListSchema>;

/** A new unit (admin). */
export const createOrgUnitBodySchema = z
  .object({
    code: orgUnitCodeSchema,
    ...fields,
    parent: fields.parent.default(null),
    validFrom: fields.validFrom.default(null),
    validTo: fields.validTo.default(null),
    nameChecked: fields.nameChecked.default(false),
    predecessors: fields.predecessors.default([]),
    note: fields.note.default(null),
  })
  .refine(datesInOrder, datesMessage);
export type CreateOrgUnitBody = z.infer<typeof createOrgUnitBodySchema>;

/** A change to a unit (admin): every field it names, with the version the admin loaded. */
export const updateOrgUnitBodySchema = z
  .object({
    name: fields.name.optional(),
    kind: fields.kind.optional(),
    parent: fields.parent.optional(),
    validFrom: fields.validFrom.optional(),
    validTo: fields.validTo.optional(),
    nameChecked: fields.nameChecked.optional(),
    predecessors: fields.predecessors.optional(),
    note: fields.note.optional(),
    version: z.number().int().min(1),
  })
  .refine((body) => datesInOrder({ validFrom: body.validFrom ?? null, validTo: body.validTo ?? null }), datesMessage);
export type UpdateOrgUnitBody = z.infer<typeof updateOrgUnitBodySchema>;

export const orgUnitParamsSchema = z.object({ code: orgUnitCodeSchema });

/** Deleting a unit names the version the admin loaded. */
export const deleteOrgUnitQuerySchema = z.object({ version: z.coerce.number().int().min(1) });

/** Which unit a figure belongs to, as an entry route's `?unit=`: the province unless named. */
export const unitQuerySchema = z.object({ unit: orgUnitCodeSchema.default(PROVINCE_UNIT) });
