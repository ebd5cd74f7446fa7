import fc from 'fast-check';

/**
 * The part of JSON Schema (OpenAPI 3.0 dialect) that @fastify/swagger writes from the zod
 * contract: enough to generate values the route's validator would accept.
 */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  exclusiveMaximum?: boolean | number;
}

const SAFE = Number.MAX_SAFE_INTEGER;

function integerIn(schema: JsonSchema): fc.Arbitrary<number> {
  let lo = Math.max(schema.minimum ?? -SAFE, -SAFE);
  let hi = Math.min(schema.maximum ?? SAFE, SAFE);
  if (schema.exclusiveMinimum === true) lo += 1;
  if (typeof schema.exclusiveMinimum === 'number') lo = Math.max(lo, schema.exclusiveMinimum + 1);
  if (schema.exclusiveMaximum === true) hi -= 1;
  if (typeof schema.exclusiveMaximum === 'number') hi = Math.min(hi, schema.exclusiveMaximum - 1);
  lo = Math.ceil(lo);
  hi = Math.floor(hi);
  // Small values near the lower bound (versions 0–3, ids 1–30) hit real rows.
  const nearest = fc.integer({ min: lo, max: Math.min(hi, lo + 3) });
  const near = fc.integer({ min: lo, max: Math.min(hi, lo + 30) });
  const anywhere = hi - lo <= 2 ** 31 ? fc.integer({ min: lo, max: hi }) : fc.maxSafeInteger().filter((n) => n >= lo && n <= hi);
  return fc.oneof({ arbitrary: nearest, weight: 3 }, { arbitrary: near, weight: 1 }, { arbitrary: anywhere, weight: 1 });
}

function numberIn(schema: JsonSchema): fc.Arbitrary<number> {
  const min = schema.minimum ?? -1e12;
  const max = schema.maximum ?? 1e12;
  return fc.oneof(
    fc.integer({ min: Math.ceil(Math.max(min, -1e6)), max: Math.floor(Math.min(max, 1e6)) }),
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
  );
}

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, 300);
  if (schema.pattern) {
    return fc.stringMatching(new RegExp(schema.pattern), { size: 'small' }).filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity));
  }
  if (schema.format === 'date')
    return fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  return fc.oneof(fc.string({ minLength, maxLength }), fc.string({ minLength, maxLength, unit: 'grapheme' }));
}

/** Values the schema accepts (mostly: formats beyond `date` are not modelled). */
export function validValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  const base = baseValue(schema);
  return schema.nullable ? fc.option(base, { nil: null, freq: 4 }) : base;
}

function baseValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if ('const' in schema) return fc.constant(schema.const);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return fc.oneof(...alternatives.map(validValue));
  if (schema.allOf?.[0]) return validValue(schema.allOf[0]);
  const type = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (type.length > 1) return fc.oneof(...type.map((t) => validValue({ ...schema, type: t })));
  switch (type[0]) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return integerIn(schema);
    case 'number':
      return numberIn(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items ? validValue(schema.items) : fc.jsonValue({ maxDepth: 1 }), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      const shape = Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, validValue(s)]));
      return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Every property name the schema (or any of its alternatives) declares. */
export function propertyNames(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  const own = Object.keys(schema.properties ?? {});
  const nested = [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])].flatMap(propertyNames);
  return [...new Set([...own, ...nested])];
}
