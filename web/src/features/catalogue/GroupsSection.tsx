import { formatNumber, roleAtLeast } from '@kpi/shared';
import { useState } from 'react';
import { useIndicatorGroupsQuery } from '../../api/group-hooks';
import { useMeQuery } from '../../api/session-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { GroupForm } from './GroupForm';

/**
 * The groups indicators are listed under, in the order every page follows, with both names. Admins
 * add groups and change names and order here (approvers see the list: their definitions pick from it).
 */
export function GroupsSection() {
  const { t, locale } = useStaffI18n();
  const words = t.catalogue.groups;
  const query = useIndicatorGroupsQuery();
  const me = useMeQuery().data;
  const isAdmin = me ? roleAtLeast(me.role, 'admin') : false;
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="catalogue-groups" aria-labelledby="catalogue-groups-title">
      <h3 id="catalogue-groups-title">{words.title}</h3>
      <p className="muted">{isAdmin ? words.introAdmin : words.intro}</p>
      <QueryState query={query}>
        {({ groups }) => (
          <table className="data-table">
            <caption className="data-table__caption">{words.caption(formatNumber(groups.length, locale))}</caption>
            <thead>
              <tr>
                <th scope="col">{words.order}</th>
                <th scope="col">{words.code}</th>
                <th scope="col">{words.nameVi}</th>
                <th scope="col">{words.nameEn}</th>
                {isAdmin && <th scope="col">{words.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {groups.map((group) =>
                editing === group.code ? (
                  <tr key={group.code}>
                    <td colSpan={5}>
                      <GroupForm group={group} onDone={() => setEditing(null)} />
                    </td>
                  </tr>
                ) : (
                  <tr key={group.code}>
                    <td data-label={words.order}>{formatNumber(group.order, locale)}</td>
                    <td data-label={words.code}>
                      <code>{group.code}</code>
                    </td>
                    <th scope="row" data-label={words.nameVi} lang="vi">
                      {group.name.vi}
                    </th>
                    <td data-label={words.nameEn} lang="en">
                      {group.name.en}
                    </td>
                    {isAdmin && (
                      <td>
                        <button type="button" className="button button--quiet button--small" onClick={() => setEditing(group.code)}>
                          {words.edit(group.name[locale])}
                        </button>
                      </td>
                    )}
                  </tr>
                ),
              )}
            </tbody>
          </table>
        )}
      </QueryState>
      {isAdmin && <GroupForm />}
    </section>
  );
}
