import { groupItems, type EntryStatus } from '@kpi/shared';
import { useIndicatorGroups } from '../../api/group-hooks';
import { Link } from 'react-router';
import { useYearEntryStatesQuery } from '../../api/entry-hooks';
import { useIndicatorsQuery } from '../../api/indicator-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { EntryStateBadge } from './EntryStateBadge';

/** Every indicator by area, each with where its figure for `year` stands and a link to its entry form. */
export function EntryIndicatorList({ year }: { year: number }) {
  const { t, locale } = useStaffI18n();
  const query = useIndicatorsQuery();
  const states = useYearEntryStatesQuery(year);
  const groups = useIndicatorGroups();
  // Until the states arrive (or if they fail) the list still works: it just says nothing of them.
  const byCode = states.data && new Map<string, EntryStatus>(states.data.figures.map((f) => [f.indicatorCode, f]));
  return (
    <>
      <div className="page-heading">
        <h2>{t.entry.listTitle(year)}</h2>
        <p className="muted">{t.entry.listHint}</p>
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
                        <Link to={`/entry/${encodeURIComponent(indicator.code)}/${year}`} aria-describedby={byCode ? stateId : undefined}>
                          {indicator.name[locale]}
                        </Link>
                        <span className="link-list__meta">{t.kinds[indicator.kind]}</span>
                        {byCode && <EntryStateBadge id={stateId} status={byCode.get(indicator.code)} />}
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
