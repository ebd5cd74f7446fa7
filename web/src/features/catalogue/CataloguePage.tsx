import { formatNumber, groupName } from '@kpi/shared';
import { useIndicatorGroups } from '../../api/group-hooks';
import { Link } from '../../app/routing';
import { useDefinitionsQuery } from '../../api/definition-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { Header } from '../../ui/header/Header';
import { PageMain } from '../../ui/PageMain';
import { QueryState } from '../../ui/QueryState';
import { RequireRole } from '../session/RequireRole';
import { CatalogueTransfer } from './CatalogueTransfer';
import { DefinitionStateBadges } from './DefinitionStateBadges';
import { GroupsSection } from './GroupsSection';
import '../../ui/work-page.css';
import './catalogue.css';

/** Every indicator in the catalogue (new ones only proposed too), by group, with where its definition stands. */
function CatalogueTable() {
  const { t, locale } = useStaffI18n();
  const query = useDefinitionsQuery();
  const groups = useIndicatorGroups();
  return (
    <QueryState query={query}>
      {({ definitions }) => {
        // A group the list lacks (not loaded yet) sorts last rather than first.
        const groupOrder = (group: string | undefined) => ((i) => (i < 0 ? groups.length : i))(groups.findIndex((g) => g.code === group));
        const rows = definitions
          .map((entry) => ({ entry, shown: entry.draft?.definition ?? entry.published }))
          .sort((a, b) => groupOrder(a.shown?.group) - groupOrder(b.shown?.group));
        return (
          <table className="data-table">
            <caption className="data-table__caption">{t.catalogue.caption(formatNumber(definitions.length, locale))}</caption>
            <thead>
              <tr>
                <th scope="col">{t.catalogue.columns.name}</th>
                <th scope="col">{t.catalogue.columns.code}</th>
                <th scope="col">{t.catalogue.columns.group}</th>
                <th scope="col">{t.catalogue.columns.kind}</th>
                <th scope="col">{t.catalogue.columns.unit}</th>
                <th scope="col">{t.catalogue.columns.state}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ entry, shown }) => (
                <tr key={entry.code}>
                  <th scope="row">
                    <Link to={`/catalogue/${entry.code}`}>{shown?.name[locale] ?? entry.code}</Link>
                  </th>
                  <td>{entry.code}</td>
                  <td>{shown && groupName(groups, shown.group, locale)}</td>
                  <td>{shown && t.kinds[shown.kind]}</td>
                  <td>{shown && t.catalogue.unitNames[shown.unit]}</td>
                  <td>
                    <DefinitionStateBadges entry={entry} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      }}
    </QueryState>
  );
}

export function CataloguePage() {
  const { t } = useStaffI18n();
  return (
    <>
      <Header />
      <PageMain className="page--work">
        <RequireRole role="approver">
          {() => (
            <>
              <div className="catalogue-head">
                <h2>{t.catalogue.title}</h2>
                <Link className="button" to="/catalogue/new">
                  {t.catalogue.add}
                </Link>
              </div>
              <CatalogueTable />
              <GroupsSection />
              <CatalogueTransfer />
            </>
          )}
        </RequireRole>
      </PageMain>
    </>
  );
}
