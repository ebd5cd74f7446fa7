import { useState } from 'react';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { entryYears } from '../entry/entry-years';
import { SelectField } from '../../ui/form/SelectField';

/** The template to fill, as XLSX or CSV, for one year or each indicator's next one. */
export function TemplateDownload() {
  const { t, locale } = useStaffI18n();
  const [year, setYear] = useState('');
  // Headed in the reader's language, above the machine names the import reads.
  const params = new URLSearchParams(year ? { year, lang: locale } : { lang: locale });
  const query = `?${params.toString()}`;
  return (
    <section className="panel" aria-labelledby="template-heading">
      <h2 id="template-heading">{t.importPage.templateTitle}</h2>
      <p className="muted">{t.importPage.templateHint}</p>
      <p className="muted">{t.importPage.unitHint}</p>
      <div className="field-grid">
        <SelectField
          label={t.importPage.templateYear}
          value={year}
          onChange={setYear}
          placeholder={t.importPage.templateNextYear}
          options={entryYears().map((y) => ({ value: String(y), label: String(y) }))}
        />
      </div>
      <div className="actions">
        <a className="button" href={`/api/imports/template.xlsx${query}`} download>
          <span aria-hidden="true">⬇ </span>
          {t.importPage.templateXlsx}
        </a>
        <a className="button button--quiet" href={`/api/imports/template.csv${query}`} download>
          <span aria-hidden="true">⬇ </span>
          {t.importPage.templateCsv}
        </a>
      </div>
    </section>
  );
}
