import { roleAtLeast } from '@kpi/shared';
import { Link } from '../../app/routing';
import { peerWords } from '../../i18n/peer-words';
import { PageMain } from '../../ui/PageMain';
import { Header } from '../../ui/header/Header';
import { ExportBox } from './ExportBox';
import { ImportWorkspace } from './ImportWorkspace';
import { RequireRole } from '../session/RequireRole';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { OwnUnitNote } from './OwnUnitNote';
import '../../ui/work-page.css';
import '../../ui/form/form.css';
import './import.css';

export function ImportPage() {
  const { t, locale } = useStaffI18n();
  return (
    <>
      <Header />
      <PageMain className="page--work">
        <RequireRole role="analyst">
          {(user) => (
            <>
              <div className="page-heading">
                <h2>{t.importPage.title}</h2>
                <p className="muted">{t.importPage.hint}</p>
                {user.unit !== null && <OwnUnitNote unit={user.unit} />}
                {/* The ranking tables are approvers' to import (published facts, not drafts). */}
                {roleAtLeast(user.role, 'approver') && (
                  <p>
                    <Link to="/import/rankings/dti">{peerWords[locale].importLink}</Link>
                  </p>
                )}
              </div>
              <ImportWorkspace />
              <ExportBox />
            </>
          )}
        </RequireRole>
      </PageMain>
    </>
  );
}
