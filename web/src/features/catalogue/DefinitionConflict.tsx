import { formatNumber, groupName, type DefinitionState } from '@kpi/shared';
import { useIndicatorGroups } from '../../api/group-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';

interface DefinitionConflictProps {
  current: DefinitionState;
  saving: boolean;
  onSaveMine: () => void;
  onLoadCurrent: () => void;
}

/**
 * A 409: someone saved, published or returned this definition since the form loaded. Nothing typed
 * is lost: the current definition is shown, and the approver saves theirs on top or takes it.
 */
export function DefinitionConflict({ current, saving, onSaveMine, onLoadCurrent }: DefinitionConflictProps) {
  const { t, locale } = useStaffI18n();
  const words = t.catalogue.conflict;
  const groups = useIndicatorGroups();
  const shown = current.draft?.definition ?? current.published;
  const author = current.draft?.createdBy ?? current.history.find((revision) => revision.state === 'published')?.createdBy ?? '';
  return (
    <section className="conflict" role="alert" aria-labelledby="definition-conflict-heading">
      <h3 id="definition-conflict-heading">
        <span aria-hidden="true">⚠ </span>
        {words.title}
      </h3>
      <p>{words.hint}</p>
      {shown && (
        <div className="summary-box">
          <h4 className="summary-box__title">
            {words.current} ({words.currentBy(author, formatNumber(current.version, locale))})
          </h4>
          <dl className="definition-summary">
            <dt>{t.catalogue.fields.nameVi}</dt>
            <dd>{shown.name.vi}</dd>
            <dt>{t.catalogue.fields.nameEn}</dt>
            <dd>{shown.name.en}</dd>
            <dt>{t.catalogue.fields.group}</dt>
            <dd>{groupName(groups, shown.group, locale)}</dd>
            <dt>{t.catalogue.fields.kind}</dt>
            <dd>{t.kinds[shown.kind]}</dd>
            <dt>{t.catalogue.fields.unit}</dt>
            <dd>{t.catalogue.unitNames[shown.unit]}</dd>
            <dt>{t.catalogue.fields.decimals}</dt>
            <dd>{formatNumber(shown.decimals, locale)}</dd>
          </dl>
        </div>
      )}
      <div className="actions">
        <button type="button" className="button" disabled={saving} onClick={onSaveMine}>
          {words.saveMine}
        </button>
        <button type="button" className="button button--quiet" onClick={onLoadCurrent}>
          {words.loadCurrent}
        </button>
      </div>
    </section>
  );
}
