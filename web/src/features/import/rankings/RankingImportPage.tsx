import { rankingIndexSchema } from '@kpi/shared';
import { useParams } from '../../../app/routing';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { useStaffI18n } from '../../../i18n/useStaffI18n';
import { Header } from '../../../ui/header/Header';
import { PageMain } from '../../../ui/PageMain';
import { RequireRole } from '../../session/RequireRole';
import { RankingImportPanel } from './RankingImportPanel';
import '../../../ui/work-page.css';
import '../../../ui/form/form.css';
import '../import.css';

/** `/import/rankings/dti`: approvers import a ranking table the Ministry published, as the API's import does. */
export function RankingImportPage() {
  const { t } = useStaffI18n();
  const index = rankingIndexSchema.safeParse(useParams().index);
  if (!index.success) return <NotFoundPage />;
  return (
    <>
      <Header />
      <PageMain className="page--work">
        <RequireRole role="approver">
          {() => (
            <>
              <div className="page-heading">
                <h2>{t.rankingImport.title}</h2>
                <p className="muted">{t.rankingImport.hint}</p>
              </div>
              <RankingImportPanel index={index.data} />
            </>
          )}
        </RequireRole>
      </PageMain>
    </>
  );
}
