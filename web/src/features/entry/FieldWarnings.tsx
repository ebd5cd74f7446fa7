import type { Indicator } from '@kpi/shared';
import type { FieldName } from './figure-form-model';
import type { FigureFormState } from './useFigureForm';
import { WarningAck } from './WarningAck';

/**
 * The warnings that concern one field, right after it: a full row of the field grid, which packs
 * the fields beside it back into the row above (grid-auto-flow: dense).
 */
export function FieldWarnings({ form, field, indicator }: { form: FigureFormState; field: FieldName; indicator: Indicator }) {
  const warnings = form.warnings.filter((w) => w.field === field);
  if (warnings.length === 0) return null;
  return (
    <div className="field-warnings">
      <WarningAck warnings={warnings} indicator={indicator} acknowledged={form.acknowledged} onAcknowledge={form.acknowledge} submitted={form.submitted} />
    </div>
  );
}
