import { PageMain } from '../components/PageMain';
import { Header } from '../components/Header';
import { ExportBox } from '../components/import/ExportBox';
import { ImportWorkspace } from '../components/import/ImportWorkspace';
import { RequireRole } from '../components/session/RequireRole';
import { useI18n } from '../i18n/useI18n';
import '../styles/import.css';

export function ImportPage() {
  const { t } = useI18n();
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
