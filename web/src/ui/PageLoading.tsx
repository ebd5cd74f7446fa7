import { PageMain } from './PageMain';
import { useI18n } from '../i18n/useI18n';
import { Header } from './header/Header';

/** While a page's own code loads: the header stays put and the usual loading line shows. */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <>
      <Header />
      <PageMain>
        <div className="state-panel" role="status">
          <span className="spinner" aria-hidden="true" />
          {t.states.loading}
        </div>
      </PageMain>
    </>
  );
}
