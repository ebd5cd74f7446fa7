import { PageMain } from '../../ui/PageMain';
import { Header } from '../../ui/header/Header';
import { ExportBox } from './ExportBox';
import '../../ui/work-page.css';
import '../../ui/form/form.css';
import './import.css';

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
