import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { User } from '@kpi/shared';
import { lazy, Suspense } from 'react';
import { browserAddress } from './address';
import { AddressRouter, Redirect, Route, Switch } from './routing';
import { PageLoading } from '../ui/PageLoading';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppReady } from './AppReady';
import { FocusOnNavigation } from './FocusOnNavigation';
import { IndicatorRoute } from './indicator-route';
import { StaffLinksSlot, type SignedInSlots } from '../features/session/staff-links-slot';
import { NotFoundPage } from './NotFoundPage';
import { OverviewPage } from '../features/overview/OverviewPage';

// Only the overview and not-found ship in the first bundle; an indicator's page, which the server
// renders too, has a chunk of its own (indicator-route.tsx); the rest load when opened.
const SignInPage = lazy(() => import('../features/session/SignInPage').then((m) => ({ default: m.SignInPage })));
const EntryListPage = lazy(() => import('../features/entry/EntryListPage').then((m) => ({ default: m.EntryListPage })));
const EntryPage = lazy(() => import('../features/entry/EntryPage').then((m) => ({ default: m.EntryPage })));
const ImportPage = lazy(() => import('../features/import/ImportPage').then((m) => ({ default: m.ImportPage })));
const RankingImportPage = lazy(() => import('../features/import/rankings/RankingImportPage').then((m) => ({ default: m.RankingImportPage })));
const ExportPage = lazy(() => import('../features/import/ExportPage').then((m) => ({ default: m.ExportPage })));
const ApprovalPage = lazy(() => import('../features/approval/ApprovalPage').then((m) => ({ default: m.ApprovalPage })));
const AdminUsersPage = lazy(() => import('../features/admin/AdminUsersPage').then((m) => ({ default: m.AdminUsersPage })));
const AdminAuditPage = lazy(() => import('../features/admin/AdminAuditPage').then((m) => ({ default: m.AdminAuditPage })));
const CataloguePage = lazy(() => import('../features/catalogue/CataloguePage').then((m) => ({ default: m.CataloguePage })));
const DefinitionPage = lazy(() => import('../features/catalogue/DefinitionPage').then((m) => ({ default: m.DefinitionPage })));
const ReviewPage = lazy(() => import('../features/review/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const AdminUnitsPage = lazy(() => import('../features/admin/AdminUnitsPage').then((m) => ({ default: m.AdminUnitsPage })));
const AdminMailPage = lazy(() => import('../features/admin/AdminMailPage').then((m) => ({ default: m.AdminMailPage })));
const AccountPage = lazy(() => import('../features/account/AccountPage').then((m) => ({ default: m.AccountPage })));
// The inbox, the completeness page and the header's signed-in links: one chunk, one import.
const signedIn = () => import('../features/session/signed-in');
const InboxPage = lazy(() => signedIn().then((m) => ({ default: m.InboxPage })));
const CompletenessPage = lazy(() => signedIn().then((m) => ({ default: m.CompletenessPage })));
// The calendar's editor has a chunk of its own: in the signed-in one it more than doubled what
// every signed-in visit loads for the header's links, for a page only approvers open.
const ReportingCalendarPage = lazy(() => import('../features/calendar/ReportingCalendarPage').then((m) => ({ default: m.ReportingCalendarPage })));
const StaffLinks = lazy(() => signedIn().then((m) => ({ default: m.StaffLinks })));
const OwnUnitName = lazy(() => signedIn().then((m) => ({ default: m.OwnUnitName })));
const SignOutButton = lazy(() => signedIn().then((m) => ({ default: m.SignOutButton })));
const signedInSlots: SignedInSlots = {
  links: (props: { user: User; search: string }) => <StaffLinks {...props} />,
  ownUnit: (unit: string) => <OwnUnitName unit={unit} />,
  signOut: () => <SignOutButton />,
};
const AdminScreensPage = lazy(() => import('../features/admin/AdminScreensPage').then((m) => ({ default: m.AdminScreensPage })));

// The meeting-room screen loads on its own: the overview's bundle carries none of it.
const ScreenPage = lazy(() => import('../features/screen/ScreenPage'));

/** The routes, inside the language provider; tests render this at an address in memory (web/test/render.tsx). */
export function AppRoutes() {
  return (
    <I18nProvider>
      <FocusOnNavigation />
      <StaffLinksSlot value={signedInSlots}>
        <Suspense fallback={<PageLoading />}>
          <Switch>
            <Route path="/" component={OverviewPage} />
            <Route path="/review" component={ReviewPage} />
            <Route path="/sign-in" component={SignInPage} />
            <Route path="/entry" component={EntryListPage} />
            <Route path="/entry/:code/:year" component={EntryPage} />
            <Route path="/import" component={ImportPage} />
            <Route path="/import/rankings/:index" component={RankingImportPage} />
            <Route path="/export" component={ExportPage} />
            <Route path="/approval" component={ApprovalPage} />
            <Route path="/inbox" component={InboxPage} />
            <Route path="/completeness" component={CompletenessPage} />
            <Route path="/calendar" component={ReportingCalendarPage} />
            <Route path="/catalogue" component={CataloguePage} />
            {/* `new` is no indicator code's address: the page reads it as a new indicator. */}
            <Route path="/catalogue/:code" component={DefinitionPage} />
            {/* The admin area's address opens its first tab. */}
            <Route path="/admin">
              <Redirect to="/admin/users" replace />
            </Route>
            <Route path="/admin/users" component={AdminUsersPage} />
            <Route path="/admin/audit" component={AdminAuditPage} />
            <Route path="/admin/screens" component={AdminScreensPage} />
            <Route path="/admin/units" component={AdminUnitsPage} />
            <Route path="/admin/mail" component={AdminMailPage} />
            <Route path="/account" component={AccountPage} />
            {/* `/screen` alone: a device paired by code, or one showing its pairing code. */}
            {['/screen', '/screen/:id'].map((path) => (
              <Route key={path} path={path}>
                <Suspense fallback={null}>
                  <ScreenPage />
                </Suspense>
              </Route>
            ))}
            <Route path="/indicators/:code" component={IndicatorRoute} />
            <Route path="*" component={NotFoundPage} />
          </Switch>
          <AppReady />
        </Suspense>
      </StaffLinksSlot>
    </I18nProvider>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <AddressRouter source={browserAddress}>
        <AppRoutes />
      </AddressRouter>
    </QueryClientProvider>
  );
}
