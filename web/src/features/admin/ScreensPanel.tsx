import { formatNumber, type Screen } from '@kpi/shared';
import { useState } from 'react';
import { useDashboardQuery } from '../../api/dashboard-hooks';
import { useIndicatorGroups } from '../../api/group-hooks';
import { useIndicatorsQuery } from '../../api/indicator-hooks';
import { useScreenHealthQuery } from '../../api/screen-control-hooks';
import { useScreensQuery } from '../../api/screens-admin-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { QueryState } from '../../ui/QueryState';
import { IssuedScreenUrl, type IssuedScreen } from './IssuedScreenUrl';
import { PairScreenForm } from './PairScreenForm';
import { CreateScreenForm, EditScreenForm } from './ScreenEditors';
import type { ScreenYears } from './ScreenForm';
import { ScreenRow } from './ScreenRow';
import type { SlideNames } from './slide-text';

/** Meeting-room screens: the list, a new screen or the one being edited, and a URL shown once. */
export function ScreensPanel() {
  const { t, locale } = useStaffI18n();
  const query = useScreensQuery();
  const health = useScreenHealthQuery().data;
  const indicators = useIndicatorsQuery();
  // The latest published overview says which year "latest" is today, and which years have figures.
  const latest = useDashboardQuery(undefined).data;
  const years: ScreenYears = { latest: latest?.years.length ? latest.year : null, all: latest?.years ?? [] };
  const [issued, setIssued] = useState<IssuedScreen | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const groups = useIndicatorGroups();
  const names: SlideNames = { indicators: new Map((indicators.data?.indicators ?? []).map((i) => [i.code, i.name[locale]])), groups };
  const edit = (screen: Screen) => {
    setEditing(screen.id);
    setConflict(false);
    setSaved(null);
  };
  const editingScreen = query.data?.screens.find((screen) => screen.id === editing);
  return (
    <>
      {issued && <IssuedScreenUrl issued={issued} onDismiss={() => setIssued(null)} />}
      {query.data && query.data.screens.length > 0 && <PairScreenForm screens={query.data.screens} />}
      <QueryState query={query}>
        {({ screens }) =>
          screens.length === 0 ? (
            <p className="state-panel">{t.screensAdmin.empty}</p>
          ) : (
            <table className="data-table">
              <caption className="data-table__caption">{t.screensAdmin.caption(formatNumber(screens.length, locale))}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.screensAdmin.name}</th>
                  <th scope="col">{t.screensAdmin.language}</th>
                  <th scope="col">{t.screensAdmin.theme}</th>
                  <th scope="col">{t.screensAdmin.year}</th>
                  <th scope="col">{t.screensAdmin.seconds}</th>
                  <th scope="col">{t.screensAdmin.playlist}</th>
                  <th scope="col">{t.screensAdmin.status}</th>
                  <th scope="col">{t.screenControl.health}</th>
                  <th scope="col">{t.screensAdmin.tokenIssuedAt}</th>
                  <th scope="col">{t.screensAdmin.actions}</th>
                </tr>
              </thead>
              <tbody>
                {screens.map((screen) => (
                  <ScreenRow
                    key={screen.id}
                    screen={screen}
                    names={names}
                    latestYear={years.latest}
                    onEdit={() => edit(screen)}
                    onIssued={setIssued}
                    health={health?.screens.find((h) => h.id === screen.id)}
                    darkAfterMinutes={health?.darkAfterMinutes ?? 0}
                  />
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      {saved && (
        <p className="saved-notice" role="status">
          <span aria-hidden="true">✔ </span>
          {t.screensAdmin.saved(saved)}
        </p>
      )}
      {editingScreen ? (
        <EditScreenForm
          key={`${editingScreen.id}-${editingScreen.version}`}
          screen={editingScreen}
          names={names}
          years={years}
          conflict={conflict}
          onConflict={() => setConflict(true)}
          onDone={(name) => {
            setEditing(null);
            setSaved(name);
          }}
        />
      ) : (
        <CreateScreenForm names={names} years={years} onIssued={setIssued} />
      )}
    </>
  );
}
