import { formatNumber, type Source } from '@kpi/shared';
import { useId, useRef, useState } from 'react';
import { useSourcesQuery } from '../../api/entry-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { SelectField } from '../../ui/form/SelectField';
import { useFocusOnResult } from '../../ui/useFocusOnResult';
import { NewSourceForm } from './NewSourceForm';
import { SourceFile } from './SourceFile';

/** Vietnamese is searched without its marks: "nghi quyet" finds "Nghị quyết". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();

export const sourceLabel = (source: Source) => (source.number ? `${source.number} – ${source.title}` : source.title);

interface SourcePickerProps {
  value: string;
  onChange: (id: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
}

/** A searchable list of source documents (number and title), and a way to add one inline. */
export function SourcePicker({ value, onChange, onBlur, error }: SourcePickerProps) {
  const { t, locale } = useStaffI18n();
  const sources = useSourcesQuery().data?.sources ?? [];
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  // The source just added: said, and focused, where the closed form was (not at the page's top).
  const [added, setAdded] = useState<Source | null>(null);
  const addedRef = useFocusOnResult<HTMLParagraphElement>(added);
  const addButton = useRef<HTMLButtonElement>(null);
  const searchId = useId();
  const words = fold(search).split(/\s+/).filter(Boolean);
  const shown = sources.filter((s) => String(s.id) === value || words.every((w) => fold(sourceLabel(s)).includes(w)));
  const selected = sources.find((s) => String(s.id) === value);
  return (
    <div className="source-picker">
      <div className="field">
        <label className="field__label" htmlFor={searchId}>
          {t.sources.search}
        </label>
        <input id={searchId} className="field__input" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </div>
      <SelectField
        label={t.sources.source}
        placeholder={t.sources.choose(formatNumber(shown.length, locale))}
        options={shown.map((s) => ({ value: String(s.id), label: sourceLabel(s) }))}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        error={error}
        hint={selected ? [t.sourceKinds[selected.kind], selected.issuer, selected.date].filter(Boolean).join(' · ') : undefined}
      />
      {added && String(added.id) === value && (
        <p ref={addedRef} className="saved-notice" role="status" tabIndex={-1}>
          <span aria-hidden="true">✔ </span>
          {t.sources.added(sourceLabel(added))}
        </p>
      )}
      {selected && <SourceFile source={selected} />}
      {adding ? (
        <NewSourceForm
          onCreated={(source) => {
            onChange(String(source.id));
            setAdding(false);
            setAdded(source);
          }}
          onCancel={() => {
            setAdding(false);
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      ) : (
        <button
          ref={addButton}
          type="button"
          className="button button--quiet"
          onClick={() => {
            setAdded(null);
            setAdding(true);
          }}
        >
          {t.sources.add}
        </button>
      )}
    </div>
  );
}
