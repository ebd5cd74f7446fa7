import { indicatorKinds, type Unit } from '@kpi/shared';
import { useIndicatorGroups } from '../../api/group-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { SelectField } from '../../ui/form/SelectField';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { TextField } from '../../ui/form/TextField';
import type { DefinitionFormValues, FormPath } from './definition-form-model';

const units: readonly Unit[] = ['percent', 'count', 'vnd-billion', 'position', 'none'];

interface DefinitionFieldsProps {
  values: DefinitionFormValues;
  errors: Record<string, string>;
  onChange: (path: FormPath, value: string) => void;
  /** A code is fixed once the indicator exists: its figures, targets and links name it. */
  codeFixed: boolean;
  /** Figures entered fix the kind and unit (the lock notice says why). */
  seriesLocked: boolean;
}

/** One field per field of the contract's definition, each with its message beside it. */
export function DefinitionFields({ values, errors, onChange, codeFixed, seriesLocked }: DefinitionFieldsProps) {
  const { t, locale } = useStaffI18n();
  const groups = useIndicatorGroups();
  const words = t.catalogue.fields;
  const bind = (path: FormPath) => ({ value: values[path], onChange: (value: string) => onChange(path, value), error: errors[path] });
  const locked = seriesLocked ? t.catalogue.lockedHint : undefined;
  return (
    <>
      <div className="field-grid">
        {codeFixed ? (
          <p className="field">
            <span className="field__label">{words.code}</span> <code>{values.code}</code>
          </p>
        ) : (
          <TextField label={words.code} autoComplete="off" hint={words.codeHint} {...bind('code')} />
        )}
        <SelectField
          label={words.group}
          placeholder="—"
          options={groups.map((group) => ({ value: group.code, label: group.name[locale] }))}
          {...bind('group')}
        />
        <TextField label={words.nameVi} {...bind('name.vi')} />
        <TextField label={words.nameEn} {...bind('name.en')} />
        <SelectField
          label={words.kind}
          options={indicatorKinds.map((kind) => ({ value: kind, label: t.kinds[kind] }))}
          disabled={seriesLocked}
          hint={locked}
          {...bind('kind')}
        />
        <SelectField
          label={words.unit}
          options={units.map((unit) => ({ value: unit, label: t.catalogue.unitNames[unit] }))}
          disabled={seriesLocked}
          hint={locked}
          {...bind('unit')}
        />
        <TextField label={words.decimals} inputMode="numeric" {...bind('decimals')} />
        <SelectField
          label={words.direction}
          options={(['up', 'down'] as const).map((direction) => ({ value: direction, label: t.catalogue.directions[direction] }))}
          {...bind('direction')}
        />
        <SelectField
          label={words.aggregation}
          options={(['ratio-sum', 'sum', 'none'] as const).map((rule) => ({ value: rule, label: t.catalogue.aggregations[rule] }))}
          {...bind('aggregation')}
        />
        <SelectField
          label={words.scope}
          options={(['province', 'national'] as const).map((scope) => ({ value: scope, label: t.catalogue.scopes[scope] }))}
          {...bind('scope')}
        />
        <TextField label={words.dataSource} {...bind('dataSource')} />
        <TextField label={words.responsibleUnit} {...bind('responsibleUnit')} />
        <TextField label={words.continues} autoComplete="off" hint={words.continuesHint} {...bind('continues')} />
      </div>
      <TextAreaField label={words.definitionVi} {...bind('definition.vi')} />
      <TextAreaField label={words.definitionEn} {...bind('definition.en')} />
      <TextAreaField label={words.methodNoteVi} rows={4} {...bind('methodNote.vi')} />
      <TextAreaField label={words.methodNoteEn} rows={4} {...bind('methodNote.en')} />
    </>
  );
}
