import { PageMain } from '../components/PageMain';
import { Header } from '../components/Header';
import { ExportBox } from '../components/import/ExportBox';
import '../styles/import.css';

/** Published figures for anyone who may read the overview (the server enforces PUBLIC_READ). */
export function ExportPage() {
  return (
    <>
      <Header />
      <PageMain className="page--work">
        <ExportBox />
      </PageMain>
    </>
  );
}
