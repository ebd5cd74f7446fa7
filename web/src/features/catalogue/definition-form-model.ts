import { indicatorDefinitionSchema, type IndicatorDefinition, type Locale } from '@kpi/shared';
import { issuesByField } from '../../ui/form/issues';

/**
 * The definition form's values, as typed (every field a string), keyed by the contract's path so a
 * message from the shared schema or from the server (`definition.name.vi`) lands beside its field.
 */
export const formPaths = [
  'code',
  'name.vi',
  'name.en',
  'definition.vi',
  'definition.en',
  'group',
  'kind',
  'unit',
  'decimals',
  'direction',
  'aggregation',
  'scope',
  'methodNote.vi',
  'methodNote.en',
  'dataSource',
  'responsibleUnit',
  'continues',
] as const;
export type FormPath = (typeof formPaths)[number];
export type DefinitionFormValues = Record<FormPath, string>;

/** What the form does not show but a save must keep: set by their own actions (retire) or by the seed. */
type Kept = Pick<IndicatorDefinition, 'replacedBy' | 'retiredFrom'>;

export const blankDefinition: DefinitionFormValues = {
  code: '',
  'name.vi': '',
  'name.en': '',
  'definition.vi': '',
  'definition.en': '',
  group: '',
  kind: 'value',
  unit: 'count',
  decimals: '0',
  direction: 'up',
  aggregation: 'none',
  scope: 'province',
  'methodNote.vi': '',
  'methodNote.en': '',
  dataSource: '',
  responsibleUnit: '',
  continues: '',
};

export function toFormValues(definition: IndicatorDefinition): DefinitionFormValues {
  return {
    code: definition.code,
    'name.vi': definition.name.vi,
    'name.en': definition.name.en,
    'definition.vi': definition.definition?.vi ?? '',
    'definition.en': definition.definition?.en ?? '',
    group: definition.group,
    kind: definition.kind,
    unit: definition.unit,
    decimals: String(definition.decimals),
    direction: definition.direction,
    aggregation: definition.aggregation,
    scope: definition.scope,
    'methodNote.vi': definition.methodNote?.vi ?? '',
    'methodNote.en': definition.methodNote?.en ?? '',
    dataSource: definition.dataSource ?? '',
    responsibleUnit: definition.responsibleUnit ?? '',
    continues: definition.continues ?? '',
  };
}

/** A new indicator taking over `old`'s series: its words to start from, a code of its own, `continues` set. */
export function continuationValues(old: IndicatorDefinition): DefinitionFormValues {
  return { ...toFormValues(old), code: '', continues: old.code };
}

/** Optional text in both languages: none when both are empty, so one left empty is named by the schema. */
function bilingual(vi: string, en: string): { vi: string; en: string } | null {
  return vi.trim() === '' && en.trim() === '' ? null : { vi, en };
}

const orNull = (text: string) => (text.trim() === '' ? null : text);

/** The values as the contract reads them, before its checks (a number the decimals, nulls the empty). */
function candidate(values: DefinitionFormValues, kept: Kept): unknown {
  const decimals = values.decimals.trim();
  return {
    code: values.code.trim(),
    name: { vi: values['name.vi'], en: values['name.en'] },
    definition: bilingual(values['definition.vi'], values['definition.en']),
    group: values.group,
    kind: values.kind,
    unit: values.unit,
    // Not a number stays one the schema refuses by name, rather than becoming 0.
    decimals: decimals === '' ? undefined : Number(decimals),
    direction: values.direction,
    aggregation: values.aggregation,
    scope: values.scope,
    methodNote: bilingual(values['methodNote.vi'], values['methodNote.en']),
    dataSource: orNull(values.dataSource),
    responsibleUnit: orNull(values.responsibleUnit),
    continues: orNull(values.continues.trim()),
    ...kept,
  };
}

export type CheckedDefinition = { ok: true; definition: IndicatorDefinition } | { ok: false; errors: Record<string, string> };

/** The form checked with the API's own contract: the definition to send, or a message per field in `locale`. */
export function checkDefinition(values: DefinitionFormValues, kept: Kept, locale: Locale): CheckedDefinition {
  const parsed = indicatorDefinitionSchema.safeParse(candidate(values, kept));
  if (parsed.success) return { ok: true, definition: parsed.data };
  return { ok: false, errors: issuesByField(parsed.error.issues, locale) };
}

/**
 * The server's field messages (`definition.name.vi`) under the form's paths (`name.vi`); one for no
 * field of the form (`definition`: nothing changed) under `form`.
 */
export function serverFieldErrors(fields: Record<string, string> | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    const formPath = path.replace(/^definition\./, '');
    errors[(formPaths as readonly string[]).includes(formPath) ? formPath : 'form'] ??= message;
  }
  return errors;
}
