import type { DefinitionState, IndicatorDefinition } from '@kpi/shared';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { ActionError } from '../../ui/form/ActionError';
import { DefinitionConflict } from './DefinitionConflict';
import { DefinitionFields } from './DefinitionFields';
import type { DefinitionFormValues } from './definition-form-model';
import { useDefinitionForm } from './useDefinitionForm';

interface DefinitionEditorProps {
  initial: DefinitionFormValues;
  version: number;
  kept: Pick<IndicatorDefinition, 'replacedBy' | 'retiredFrom'>;
  /** False on a new indicator, whose code is still to choose. */
  codeFixed: boolean;
  seriesLocked: boolean;
  onSaved: (state: DefinitionState) => void;
}

/** The definition as a draft to save: the fields, what the save answered, and a conflict when there is one. */
export function DefinitionEditor({ initial, version, kept, codeFixed, seriesLocked, onSaved }: DefinitionEditorProps) {
  const { t } = useStaffI18n();
  const form = useDefinitionForm({ initial, version, kept, onSaved });
  return (
    <form className="panel" aria-labelledby="definition-form-heading" onSubmit={form.submit} noValidate>
      <h3 id="definition-form-heading">{t.catalogue.formTitle}</h3>
      <DefinitionFields values={form.values} errors={form.errors} onChange={form.change} codeFixed={codeFixed} seriesLocked={seriesLocked} />
      {form.conflict && <DefinitionConflict current={form.conflict} saving={form.save.isPending} onSaveMine={form.saveMine} onLoadCurrent={form.loadCurrent} />}
      {!form.conflict && form.errors.form && (
        <p className="field__error" role="alert">
          <span aria-hidden="true">✖ </span>
          {form.errors.form}
        </p>
      )}
      {!form.hasFieldErrors && !form.conflict && <ActionError error={form.save.error} />}
      <div className="actions">
        <button type="submit" className="button" disabled={form.save.isPending}>
          {t.catalogue.save}
        </button>
        {form.save.isSuccess && (
          <p className="saved-notice" role="status">
            <span aria-hidden="true">✔ </span>
            {t.catalogue.saved}
          </p>
        )}
      </div>
    </form>
  );
}
