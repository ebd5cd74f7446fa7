import { useState } from 'react';
import { useIndicatorsQuery } from '../../api/indicator-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { entryYears } from '../entry/entry-years';
import { SelectField } from '../../ui/form/SelectField';
import { IndicatorChooser } from './IndicatorChooser';

/** Published figures (never drafts) as XLSX or CSV, for a range of years and a choice of indicators. */
export function ExportBox() {
  const { t, locale } = useStaffI18n();
  const indicators = useIndicatorsQuery();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const years = entryYears().map((y) => ({ value: String(y), label: String(y) }));
  const reversed = from !== '' && to !== '' && Number(from) > Number(to);
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (chosen.length) params.set('indicators', chosen.join(','));
  params.set('lang', locale);
  const href = (format: 'xlsx' | 'csv') => `/api/exports/figures.${format}?${params.toString()}`;
  return (
    <section className="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{t.exportBox.title}</h2>
      <p className="muted">{t.exportBox.hint}</p>
      <div className="field-grid">
        <SelectField label={t.exportBox.from} value={from} onChange={setFrom} placeholder={t.exportBox.anyYear} options={years} />
        <SelectField
          label={t.exportBox.to}
          value={to}
          onChange={setTo}
          placeholder={t.exportBox.anyYear}
          options={years}
          error={reversed ? t.exportBox.fromAfterTo : undefined}
        />
      </div>
      <QueryState query={indicators}>{({ indicators: list }) => <IndicatorChooser indicators={list} chosen={chosen} onChange={setChosen} />}</QueryState>
      {/* A reversed range would only earn a 400: no links until it is put right. */}
      {!reversed && (
        <div className="actions">
          <a className="button" href={href('xlsx')} download>
            <span aria-hidden="true">⬇ </span>
            {t.exportBox.xlsx}
          </a>
          <a className="button button--quiet" href={href('csv')} download>
            <span aria-hidden="true">⬇ </span>
            {t.exportBox.csv}
          </a>
        </div>
      )}
    </section>
  );
}
