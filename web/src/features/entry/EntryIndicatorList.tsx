import { groupItems, type EntryStatus } from '@kpi/shared';
import { useIndicatorGroups } from '../../api/group-hooks';
import { Link } from 'react-router';
import { useYearEntryStatesQuery } from '../../api/entry-hooks';
import { useIndicatorsQuery } from '../../api/indicator-hooks';
import { useUnitBuiltCodesQuery } from '../../api/unit-built-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { useUnitName } from '../../ui/useUnitName';
import { EntryStateBadge } from './EntryStateBadge';

/**
 * Every indicator by area, each with where its figure for `year` stands and a link to its entry form.
 * For a commune user (`ownUnit`) the states and links are their unit's, and an indicator with
 * province figures only is named without a link.
 */
export function EntryIndicatorList({ year, ownUnit }: { year: number; ownUnit: string | null }) {
  const { t, locale } = useStaffI18n();
  const query = useIndicatorsQuery();
  const states = useYearEntryStatesQuery(year, ownUnit ?? undefined);
  const groups = useIndicatorGroups();
  const unitBuilt = useUnitBuiltCodesQuery(ownUnit !== null);
  const unitName = useUnitName(ownUnit);
  // Until the states arrive (or if they fail) the list still works: it just says nothing of them.
  const byCode = states.data && new Map<string, EntryStatus>(states.data.figures.map((f) => [f.indicatorCode, f]));
  // Until the definitions arrive (or if they fail) every indicator is linked: the entry page refuses a province-only one itself.
  const provinceOnly = (code: string) => ownUnit !== null && unitBuilt.data !== undefined && !unitBuilt.data.has(code);
  const unitQuery = ownUnit === null ? '' : `?unit=${encodeURIComponent(ownUnit)}`;
  return (
    <>
      <div className="page-heading">
        <h2>{t.entry.listTitle(year)}</h2>
        <p className="muted">{t.entry.listHint}</p>
        {unitName && <p>{t.entry.ownUnitList(unitName)}</p>}
      </div>
      <QueryState query={query} isEmpty={(d) => d.indicators.length === 0}>
        {({ indicators }) =>
          groupItems(groups, indicators, (indicator) => indicator.group).map(({ group, items: inGroup }) => {
            return (
              <section key={group.code} className="group" aria-labelledby={`entry-group-${group.code}`}>
                <h3 id={`entry-group-${group.code}`} className="group__heading">
                  {group.name[locale]}
                </h3>
                <ul className="link-list">
                  {inGroup.map((indicator) => {
                    const stateId = `entry-state-${indicator.code}`;
                    return (
                      <li key={indicator.code}>
                        {provinceOnly(indicator.code) ? (
                          <span>{indicator.name[locale]}</span>
                        ) : (
                          <Link to={`/entry/${encodeURIComponent(indicator.code)}/${year}${unitQuery}`} aria-describedby={byCode ? stateId : undefined}>
                            {indicator.name[locale]}
                          </Link>
                        )}
                        <span className="link-list__meta">{provinceOnly(indicator.code) ? t.entry.provinceOnly : t.kinds[indicator.kind]}</span>
                        {byCode && !provinceOnly(indicator.code) && <EntryStateBadge id={stateId} status={byCode.get(indicator.code)} />}
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })
        }
      </QueryState>
    </>
  );
}
