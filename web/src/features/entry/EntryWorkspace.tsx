import { isPlausibleFigureYear, PROVINCE_UNIT, roleAtLeast, validationMessage, type User } from '@kpi/shared';
import { Link } from '../../app/routing';
import { useObservationQuery } from '../../api/entry-hooks';
import { useIndicatorQuery } from '../../api/indicator-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { EntryYearSwitch } from './EntryYearSwitch';
import { FigureForm } from './FigureForm';
import { HistoryPanel } from './HistoryPanel';
import { CommentaryEditor } from '../commentary/CommentaryEditor';
import { ObservationSummary } from './ObservationSummary';
import { TargetForm } from './TargetForm';
import { UnitLine } from './UnitLine';
import { UnitRefusedPanel, unitRefusalOf } from './UnitRefusedPanel';

interface EntryWorkspaceProps {
  code: string;
  year: number;
  /** Whose figure: the province's (`PROVINCE_UNIT`), or a commune's or ward's code. */
  unit: string;
  user: User;
}

/**
 * One indicator's figure for one year, the province's or a unit's: what is published and pending,
 * the form, the province's target, the analysis and actions, its history.
 */
export function EntryWorkspace({ code, year, unit, user }: EntryWorkspaceProps) {
  const { t, locale } = useStaffI18n();
  const detail = useIndicatorQuery(code);
  const observation = useObservationQuery(code, year, unit);
  const province = unit === PROVINCE_UNIT;
  const refusal = unitRefusalOf(observation);
  if (!isPlausibleFigureYear(year)) {
    return (
      <section className="state-panel" role="alert">
        <h2>{validationMessage('year-range', locale)}</h2>
        <Link to="/entry">{t.entry.backToList}</Link>
      </section>
    );
  }
  return (
    <QueryState query={detail}>
      {({ indicator, series, targets }) => (
        <div className="entry">
          <div className="entry__head">
            <Link to={`/entry?year=${year}`}>{t.entry.backToList}</Link>
            <h2 className="entry__title">{indicator.name[locale]}</h2>
            <EntryYearSwitch code={code} year={year} unit={unit} />
          </div>
          {!province && <UnitLine code={unit} />}
          {refusal !== null ? (
            <UnitRefusedPanel unit={unit} refusal={refusal} year={year} />
          ) : (
            <QueryState query={observation}>
              {(state) => {
                // The series is the province's: a unit's figure is not checked against it for jumps.
                const history = province ? series.flatMap((s) => (s.figure ? [s.figure] : [])) : [];
                return (
                  <>
                    <ObservationSummary observation={state} indicator={indicator} />
                    {/* Keyed by figure: another indicator or year starts a fresh form. */}
                    <FigureForm key={`${code}/${year}/${unit}`} indicator={indicator} year={year} observation={state} history={history} />
                    {province && roleAtLeast(user.role, 'approver') && indicator.kind !== 'milestone' && (
                      <TargetForm
                        key={`target/${code}/${year}`}
                        indicator={indicator}
                        year={year}
                        inForce={targets.find((target) => target.year === year && target.inForce) ?? null}
                      />
                    )}
                    {/* What happened and what we will do about it, beside the figure it explains. */}
                    <CommentaryEditor key={`commentary/${code}/${year}/${unit}`} code={code} year={year} unit={unit} />
                    <HistoryPanel history={state.history} indicator={indicator} />
                  </>
                );
              }}
            </QueryState>
          )}
        </div>
      )}
    </QueryState>
  );
}
