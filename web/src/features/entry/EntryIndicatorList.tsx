import { formatNumber, groupItems, type EntryStatus } from '@kpi/shared';
import { useIndicatorGroups } from '../../api/group-hooks';
import { Link } from '../../app/routing';
import { useYearEntryStatesQuery } from '../../api/entry-hooks';
import { useIndicatorsQuery } from '../../api/indicator-hooks';
import { useUnitBuiltCodesQuery } from '../../api/unit-built-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { useUnitName } from '../../ui/useUnitName';
import { EntryStateBadge } from './EntryStateBadge';

/**
 * Every indicator by area, each with where its figure for `year` stands and a link to its entry form.
 * For a commune user (`ownUnit`) the states and links are their unit's, and the indicators with
 * province figures only are left out, with a line saying how many.
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
  // Until the definitions arrive (or if they fail) every indicator is listed: the entry page refuses a province-only one itself.
  const ownUnitIndicators = <T extends { code: string }>(indicators: T[]) =>
    ownUnit === null || unitBuilt.data === undefined ? indicators : indicators.filter((i) => unitBuilt.data.has(i.code));
  const unitQuery = ownUnit === null ? '' : `?unit=${encodeURIComponent(ownUnit)}`;
  return (
    <>
      <div className="page-heading">
        <h2>{t.entry.listTitle(year)}</h2>
        <p className="muted">{t.entry.listHint}</p>
        {unitName && <p>{t.entry.ownUnitList(unitName)}</p>}
      </div>
      <QueryState query={query} isEmpty={(d) => d.indicators.length === 0}>
        {({ indicators: all }) => {
          const indicators = ownUnitIndicators(all);
          const hidden = all.length - indicators.length;
          return (
            <>
              {hidden > 0 && <p className="muted">{t.entry.provinceOnlyHidden(formatNumber(hidden, locale))}</p>}
              {groupItems(groups, indicators, (indicator) => indicator.group).map(({ group, items: inGroup }) => (
                <section key={group.code} className="group" aria-labelledby={`entry-group-${group.code}`}>
                  <h3 id={`entry-group-${group.code}`} className="group__heading">
                    {group.name[locale]}
                  </h3>
                  <ul className="link-list">
                    {inGroup.map((indicator) => {
                      const stateId = `entry-state-${indicator.code}`;
                      return (
                        <li key={indicator.code}>
                          <Link to={`/entry/${encodeURIComponent(indicator.code)}/${year}${unitQuery}`} aria-describedby={byCode ? stateId : undefined}>
                            {indicator.name[locale]}
                          </Link>
                          <span className="link-list__meta">{t.kinds[indicator.kind]}</span>
                          {byCode && <EntryStateBadge id={stateId} status={byCode.get(indicator.code)} />}
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
