import { formatNumber, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, rankingIndexOfIndicator, type RankingIndex } from '@kpi/shared';
import { useId, useState, type FormEvent } from 'react';
import { Link } from '../../../app/routing';
import { useSourcesQuery } from '../../../api/entry-hooks';
import { useProvincesQuery, useRankingImportPlanMutation, useRankingImportRunMutation } from '../../../api/ranking-hooks';
import { useStaffI18n } from '../../../i18n/useStaffI18n';
import { ActionError } from '../../../ui/form/ActionError';
import { FileField } from '../../../ui/form/FileField';
import { SelectField } from '../../../ui/form/SelectField';
import { sourceLabel } from '../../entry/SourcePicker';
import { ImportRefusal } from '../ImportRefusal';
import { RankingImportPlan } from './RankingImportPlan';

/** The indicator whose page shows this index's peers. */
const indicatorOf = (index: RankingIndex) => Object.keys(rankingIndexOfIndicator).find((code) => rankingIndexOfIndicator[code] === index);

/**
 * Template → file (and the source of rows naming none) → dry run row by row → the run, which
 * writes every row or none. The run sends the same file and source the dry run checked; the
 * server plans it again inside the transaction that writes.
 */
export function RankingImportPanel({ index }: { index: RankingIndex }) {
  const { t, locale } = useStaffI18n();
  const words = t.rankingImport;
  const id = useId();
  const planning = useRankingImportPlanMutation(index);
  const running = useRankingImportRunMutation(index);
  const sources = useSourcesQuery().data?.sources ?? [];
  const provinces = useProvincesQuery().data?.provinces ?? [];
  const [file, setFile] = useState<File | null>(null);
  const [sourceId, setSourceId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const restart = () => {
    planning.reset();
    running.reset();
  };
  const check = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError(t.importPage.chooseFile);
    running.reset();
    planning.mutate({ file, sourceId });
  };
  const plan = planning.data;
  const toWrite = plan ? (plan.counts.new ?? 0) + (plan.counts.changed ?? 0) : 0;
  const canImport = plan !== undefined && (plan.counts.refused ?? 0) === 0 && toWrite > 0;
  const done = running.data;
  const indicator = indicatorOf(index);
  return (
    <>
      <section className="panel" aria-labelledby={`${id}-template`}>
        <h2 id={`${id}-template`}>{words.templateTitle}</h2>
        <p className="muted">{words.templateHint}</p>
        <div className="actions">
          <a className="button button--quiet" href={`/api/rankings/${index}/template.csv?lang=${locale}`} download>
            <span aria-hidden="true">⬇ </span>
            {words.templateCsv}
          </a>
        </div>
      </section>
      <form className="panel" aria-labelledby={`${id}-upload`} onSubmit={check} noValidate>
        <h2 id={`${id}-upload`}>{words.uploadTitle}</h2>
        <FileField
          label={words.file}
          error={error}
          hint={t.importPage.fileHint(formatNumber(IMPORT_MAX_BYTES / 1024 / 1024, locale), formatNumber(IMPORT_MAX_ROWS, locale))}
          onChange={(chosen) => {
            setFile(chosen);
            setError(undefined);
            restart();
          }}
        />
        <SelectField
          label={words.source}
          placeholder={words.sourceNone}
          options={sources.map((s) => ({ value: String(s.id), label: sourceLabel(s) }))}
          value={sourceId}
          onChange={(value) => {
            setSourceId(value);
            restart();
          }}
        />
        <ImportRefusal error={planning.error} />
        <div className="actions">
          <button type="submit" className="button" disabled={planning.isPending}>
            {planning.isPending ? t.importPage.checking : t.importPage.check}
          </button>
        </div>
      </form>
      {plan && file && (
        <section className="panel" aria-labelledby={`${id}-plan`}>
          <h2 id={`${id}-plan`}>{words.planTitle}</h2>
          <RankingImportPlan plan={done ?? plan} provinces={provinces} />
          {(plan.counts.refused ?? 0) > 0 && <p className="muted">{words.refusedHint}</p>}
          {(plan.counts.refused ?? 0) === 0 && toWrite === 0 && <p className="muted">{words.nothingToImport}</p>}
          <ActionError error={running.error} title={words.failed} />
          {done ? (
            <p className="saved-notice" role="status">
              <span aria-hidden="true">✔ </span>
              {words.done(formatNumber(done.counts.new ?? 0, locale), formatNumber(done.counts.changed ?? 0, locale))}{' '}
              {indicator && <Link to={`/indicators/${indicator}`}>{words.seeRanks}</Link>}
            </p>
          ) : (
            canImport && (
              <div className="actions">
                <button type="button" className="button" disabled={running.isPending} onClick={() => running.mutate({ file, sourceId })}>
                  {running.isPending ? words.running : words.run(formatNumber(toWrite, locale))}
                </button>
              </div>
            )
          )}
        </section>
      )}
    </>
  );
}
