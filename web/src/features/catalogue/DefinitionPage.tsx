import type { DefinitionState, User } from '@kpi/shared';
import { Link, useNavigate, useParams, useSearchParams } from '../../app/routing';
import { useDefinitionQuery } from '../../api/definition-hooks';
import { useStaffI18n } from '../../i18n/useStaffI18n';
import { Header } from '../../ui/header/Header';
import { PageMain } from '../../ui/PageMain';
import { QueryState } from '../../ui/QueryState';
import { RequireRole } from '../session/RequireRole';
import { blankDefinition, continuationValues, toFormValues } from './definition-form-model';
import { DefinitionEditor } from './DefinitionEditor';
import { DefinitionReview } from './DefinitionReview';
import { DefinitionStateBadges } from './DefinitionStateBadges';
import { DefinitionTargets } from './DefinitionTargets';
import { LockNotice } from './LockNotice';
import { RetireForm } from './RetireForm';
import '../../ui/work-page.css';
import '../../ui/form/form.css';
import './catalogue.css';

const NONE_KEPT = { replacedBy: null, retiredFrom: null };

/** A new indicator, blank or taking over the series of `?continues=`; once saved, its own page. */
function NewDefinition() {
  const { t } = useStaffI18n();
  const navigate = useNavigate();
  const continues = useSearchParams()[0].get('continues') ?? '';
  const old = useDefinitionQuery(continues, continues !== '');
  const onSaved = (state: DefinitionState) => void navigate(`/catalogue/${state.code}`, { replace: true });
  const editor = (from: DefinitionState | null) => {
    const base = from?.draft?.definition ?? from?.published;
    const initial = base ? continuationValues(base) : continues ? { ...blankDefinition, continues } : blankDefinition;
    return <DefinitionEditor key={continues} initial={initial} version={0} kept={NONE_KEPT} codeFixed={false} seriesLocked={false} onSaved={onSaved} />;
  };
  return (
    <>
      <h2>{t.catalogue.newTitle}</h2>
      {continues && <p>{t.catalogue.continuedFrom(continues)}</p>}
      {continues ? <QueryState query={old}>{(state) => editor(state)}</QueryState> : editor(null)}
    </>
  );
}

/** An indicator's entry: where it stands, the review of its draft, the form, its targets, retiring it. */
function ExistingDefinition({ code, user }: { code: string; user: User }) {
  const { t, locale } = useStaffI18n();
  const query = useDefinitionQuery(code);
  return (
    <QueryState query={query}>
      {(state) => {
        const shown = state.draft?.definition ?? state.published;
        return (
          <>
            <h2>{shown?.name[locale] ?? code}</h2>
            <p>
              <code>{code}</code> <DefinitionStateBadges entry={state} />
            </p>
            {shown?.continues && (
              <p>
                <Link to={`/catalogue/${shown.continues}`}>{t.catalogue.continuedFrom(shown.continues)}</Link>
              </p>
            )}
            <DefinitionReview state={state} user={user} />
            {state.hasFigures && <LockNotice code={code} />}
            <div className="definition-layout">
              <DefinitionEditor
                key={code}
                initial={shown ? toFormValues(shown) : { ...blankDefinition, code }}
                version={state.version}
                kept={shown ? { replacedBy: shown.replacedBy, retiredFrom: shown.retiredFrom } : NONE_KEPT}
                codeFixed={shown !== null}
                seriesLocked={state.hasFigures}
                onSaved={() => undefined}
              />
              <div>
                {state.published && <DefinitionTargets code={code} user={user} />}
                {state.published && state.published.retiredFrom === null && <RetireForm state={state} />}
              </div>
            </div>
          </>
        );
      }}
    </QueryState>
  );
}

export function DefinitionPage() {
  const { t } = useStaffI18n();
  const code = useParams().code ?? 'new';
  return (
    <>
      <Header />
      <PageMain className="page--work">
        <RequireRole role="approver">
          {(user) => (
            <>
              <p>
                <Link to="/catalogue">{t.catalogue.backToList}</Link>
              </p>
              {code === 'new' ? <NewDefinition /> : <ExistingDefinition key={code} code={code} user={user} />}
            </>
          )}
        </RequireRole>
      </PageMain>
    </>
  );
}
