import { PageMain } from '../ui/PageMain';
import { Link } from './routing';
import { Header } from '../ui/header/Header';
import { useI18n } from '../i18n/useI18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <Header />
      <PageMain>
        <section className="state-panel">
          <h2>{t.notFound.title}</h2>
          <p>{t.notFound.hint}</p>
          <Link to="/">{t.notFound.back}</Link>
        </section>
      </PageMain>
    </>
  );
}
