import { PageMain } from '../../ui/PageMain';
import { Header } from '../../ui/header/Header';
import { ExportBox } from './ExportBox';
import { ImportWorkspace } from './ImportWorkspace';
import { RequireRole } from '../session/RequireRole';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import '../../ui/work-page.css';
import '../../ui/form/form.css';
import './import.css';

export function ImportPage() {
  const { t } = useStaffI18n();
  return (
    <>
      <Header />
      <PageMain className="page--work">
        <RequireRole role="analyst">
          {() => (
            <>
              <div className="page-heading">
                <h2>{t.importPage.title}</h2>
                <p className="muted">{t.importPage.hint}</p>
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
