import { indicatorGroups } from '@kpi/shared';
import { Link } from 'react-router';
import { useIndicatorsQuery } from '../../api/indicator-hooks';
import { useI18n } from '../../i18n/useI18n';
import { QueryState } from '../../ui/QueryState';

/** Every indicator by area, each opening its entry form for `year`. */
export function EntryIndicatorList({ year }: { year: number }) {
  const { t, locale } = useI18n();
  const query = useIndicatorsQuery();
  return (
    <>
      <div className="page-heading">
        <h2>{t.entry.listTitle(year)}</h2>
        <p className="muted">{t.entry.listHint}</p>
      </div>
      <QueryState query={query} isEmpty={(d) => d.indicators.length === 0}>
        {({ indicators }) =>
          indicatorGroups.map((group) => {
            const inGroup = indicators.filter((indicator) => indicator.group === group);
            if (inGroup.length === 0) return null;
            return (
              <section key={group} className="group" aria-labelledby={`entry-group-${group}`}>
                <h3 id={`entry-group-${group}`} className="group__heading">
                  {t.groups[group]}
                </h3>
                <ul className="link-list">
                  {inGroup.map((indicator) => (
                    <li key={indicator.code}>
                      <Link to={`/entry/${encodeURIComponent(indicator.code)}/${year}`}>{indicator.name[locale]}</Link>
                      <span className="link-list__meta">{t.kinds[indicator.kind]}</span>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        }
      </QueryState>
    </>
  );
}
