import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { cspNonce } from './lib/csp-nonce.ts';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useParams } from 'react-router-dom';
import { PublicLayout } from './layout/PublicLayout.tsx';
import { WorkbenchLayout } from './layout/WorkbenchLayout.tsx';
import { AuthProvider, useAuth } from './lib/auth.tsx';
import { useT } from './lib/i18n.ts';
import { lazyPage } from './lib/lazy-page.tsx';
import { usePreferences } from './lib/preferences.tsx';
import { useReducedMotion } from './lib/reduced-motion.ts';
import { tableDefaults, useTableScrollHints } from './lib/table-scroll.ts';
import { themeFor } from './theme.ts';

const AgentsPage = lazyPage(() => import('./pages/identity/AgentsPage.tsx'), 'AgentsPage');
const CounterCodesPage = lazyPage(() => import('./pages/identity/CounterCodesPage.tsx'), 'CounterCodesPage');
const IdentityPage = lazyPage(() => import('./pages/identity/IdentityPage.tsx'), 'IdentityPage');
const AgenciesPage = lazyPage(() => import('./pages/admin/AgenciesPage.tsx'), 'AgenciesPage');
const AuditPage = lazyPage(() => import('./pages/admin/AuditPage.tsx'), 'AuditPage');
const DistrictSettingsPage = lazyPage(
  () => import('./pages/admin/DistrictSettingsPage.tsx'),
  'DistrictSettingsPage',
);
const JurisdictionsPage = lazyPage(() => import('./pages/admin/JurisdictionsPage.tsx'), 'JurisdictionsPage');
const UsersPage = lazyPage(() => import('./pages/admin/UsersPage.tsx'), 'UsersPage');
const ApplyWizard = lazyPage(() => import('./pages/cases/ApplyWizard.tsx'), 'ApplyWizard');
const CasePage = lazyPage(() => import('./pages/cases/CasePage.tsx'), 'CasePage');
const MyCasesPage = lazyPage(() => import('./pages/cases/MyCasesPage.tsx'), 'MyCasesPage');
const QueuePage = lazyPage(() => import('./pages/cases/QueuePage.tsx'), 'QueuePage');
const IntegrityLookupPage = lazyPage(
  () => import('./pages/credit/IntegrityLookupPage.tsx'),
  'IntegrityLookupPage',
);
const CreditRecordsPage = lazyPage(() => import('./pages/credit/RecordsPage.tsx'), 'RecordsPage');
const CreditRepairsPage = lazyPage(() => import('./pages/credit/RepairsPage.tsx'), 'RepairsPage');
const CreditObjectionsPage = lazyPage(() => import('./pages/credit/ObjectionsPage.tsx'), 'ObjectionsPage');
const CreditPushesPage = lazyPage(() => import('./pages/credit/PushesPage.tsx'), 'PushesPage');
const CreditGradesPage = lazyPage(() => import('./pages/credit/GradesPage.tsx'), 'GradesPage');
const CreditRulesPage = lazyPage(() => import('./pages/credit/RulesPage.tsx'), 'RulesPage');
const IntegrityPage = lazyPage(() => import('./pages/credit/IntegrityPage.tsx'), 'IntegrityPage');
const DocumentFilingsPage = lazyPage(
  () => import('./pages/documents/DocumentFilingsPage.tsx'),
  'DocumentFilingsPage',
);
const GuideEditorPage = lazyPage(() => import('./pages/documents/GuideEditorPage.tsx'), 'GuideEditorPage');
const GuidesPage = lazyPage(() => import('./pages/documents/GuidesPage.tsx'), 'GuidesPage');
const TextEditorPage = lazyPage(() => import('./pages/documents/TextEditorPage.tsx'), 'TextEditorPage');
const TextsPage = lazyPage(() => import('./pages/documents/TextsPage.tsx'), 'TextsPage');
const WorkRuleEditorPage = lazyPage(
  () => import('./pages/documents/WorkRuleEditorPage.tsx'),
  'WorkRuleEditorPage',
);
const LoginPage = lazyPage(() => import('./pages/LoginPage.tsx'), 'LoginPage');
const CataloguePage = lazyPage(() => import('./pages/lists/CataloguePage.tsx'), 'CataloguePage');
const ChangeRequestsPage = lazyPage(
  () => import('./pages/lists/ChangeRequestsPage.tsx'),
  'ChangeRequestsPage',
);
const FilingsPage = lazyPage(() => import('./pages/lists/FilingsPage.tsx'), 'FilingsPage');
const ExemptionsPage = lazyPage(() => import('./pages/lists/ExemptionsPage.tsx'), 'ExemptionsPage');
const ListWorkspacePage = lazyPage(() => import('./pages/lists/ListWorkspacePage.tsx'), 'ListWorkspacePage');
const DisclosuresPage = lazyPage(
  () => import('./pages/public/disclosures/DisclosuresPage.tsx'),
  'DisclosuresPage',
);
const PublicDocumentPage = lazyPage(
  () => import('./pages/public/documents/DocumentPage.tsx'),
  'PublicDocumentPage',
);
const PublicGuidesPage = lazyPage(
  () => import('./pages/public/documents/GuidesPage.tsx'),
  'PublicGuidesPage',
);
const PublicTextsPage = lazyPage(() => import('./pages/public/documents/TextsPage.tsx'), 'PublicTextsPage');
const PublicWorkRulePage = lazyPage(
  () => import('./pages/public/documents/WorkRulePage.tsx'),
  'PublicWorkRulePage',
);
const HomePage = lazyPage(() => import('./pages/public/HomePage.tsx'), 'HomePage');
const DerivedPage = lazyPage(() => import('./pages/public/lists/DerivedPage.tsx'), 'DerivedPage');
const DiffPage = lazyPage(() => import('./pages/public/lists/DiffPage.tsx'), 'DiffPage');
const ListPage = lazyPage(() => import('./pages/public/lists/ListPage.tsx'), 'ListPage');
const ListsIndexPage = lazyPage(() => import('./pages/public/lists/ListsIndexPage.tsx'), 'ListsIndexPage');
const VersionsPage = lazyPage(() => import('./pages/public/lists/VersionsPage.tsx'), 'VersionsPage');
const RegisterPage = lazyPage(() => import('./pages/RegisterPage.tsx'), 'RegisterPage');
const PrivacyPage = lazyPage(() => import('./pages/register/PrivacyPage.tsx'), 'PrivacyPage');
const SearchPage = lazyPage(() => import('./pages/public/search/SearchPage.tsx'), 'SearchPage');
const VerificationTasksPage = lazyPage(
  () => import('./pages/verification/VerificationTasksPage.tsx'),
  'VerificationTasksPage',
);
const TaskPage = lazyPage(() => import('./pages/verification/TaskPage.tsx'), 'TaskPage');
const AssistancePage = lazyPage(() => import('./pages/verification/AssistancePage.tsx'), 'AssistancePage');
const VisitsPage = lazyPage(() => import('./pages/verification/VisitsPage.tsx'), 'VisitsPage');
const HandlingListPage = lazyPage(
  () => import('./pages/verification/HandlingListPage.tsx'),
  'HandlingListPage',
);
const HandlingPage = lazyPage(() => import('./pages/verification/HandlingPage.tsx'), 'HandlingPage');
const DataLogPage = lazyPage(() => import('./pages/verification/DataLogPage.tsx'), 'DataLogPage');
const DataAccessPage = lazyPage(() => import('./pages/verification/DataAccessPage.tsx'), 'DataAccessPage');
const PlansPage = lazyPage(() => import('./pages/supervision/PlansPage.tsx'), 'PlansPage');
const PlanPage = lazyPage(() => import('./pages/supervision/PlanPage.tsx'), 'PlanPage');
const InspectorsPage = lazyPage(() => import('./pages/supervision/InspectorsPage.tsx'), 'InspectorsPage');
const KeySupervisionPage = lazyPage(
  () => import('./pages/supervision/KeySupervisionPage.tsx'),
  'KeySupervisionPage',
);
const InspectionsPage = lazyPage(
  () => import('./pages/public/inspections/InspectionsPage.tsx'),
  'InspectionsPage',
);
const StatisticsPage = lazyPage(() => import('./pages/oversight/StatisticsPage.tsx'), 'StatisticsPage');
const ConnectorsPage = lazyPage(() => import('./pages/connectors/ConnectorsPage.tsx'), 'ConnectorsPage');
const AccountPage = lazyPage(() => import('./pages/workbench/AccountPage.tsx'), 'AccountPage');
const CalendarPage = lazyPage(() => import('./pages/workbench/CalendarPage.tsx'), 'CalendarPage');
const DeadlinesPage = lazyPage(() => import('./pages/workbench/DeadlinesPage.tsx'), 'DeadlinesPage');
const InboxPage = lazyPage(() => import('./pages/workbench/InboxPage.tsx'), 'InboxPage');
const WorkbenchHome = lazyPage(() => import('./pages/workbench/WorkbenchHome.tsx'), 'WorkbenchHome');

/** While the session is asked, the workbench shows its frame with skeletons (no overlay over the page). */
function RequireLogin({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  const location = useLocation();
  if (!me && !loading)
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  return <>{children}</>;
}

/** Links in messages and deadlines name a case as /cases/{id}; it lives in the workbench. */
function CaseLink() {
  const { id = '' } = useParams();
  return <Navigate to={`/workbench/cases/${id}`} replace />;
}

export function App() {
  const { language, careMode } = usePreferences();
  const reducedMotion = useReducedMotion();
  const { t } = useT();
  useTableScrollHints(t('table.scrollHint'));
  dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider
      locale={language === 'zh' ? zhCN : enUS}
      theme={themeFor(careMode)}
      wave={{ disabled: reducedMotion }}
      button={{ autoInsertSpace: false }}
      table={tableDefaults}
      csp={{ nonce: cspNonce }}
    >
      <AntApp>
        <AuthProvider>
          <BrowserRouter>
            <Routes>
              <Route element={<PublicLayout />}>
                <Route index element={<HomePage />} />
                <Route path="public/lists" element={<ListsIndexPage />} />
                <Route path="public/lists/:code" element={<ListPage />} />
                <Route path="public/lists/:code/derived" element={<DerivedPage />} />
                <Route path="public/lists/:code/derived/:kind" element={<DerivedPage />} />
                <Route path="public/lists/:code/versions" element={<VersionsPage />} />
                <Route path="public/lists/:code/diff" element={<DiffPage />} />
                <Route path="public/templates" element={<PublicTextsPage />} />
                <Route path="public/texts/:id" element={<PublicDocumentPage kind="text" />} />
                <Route path="public/guides" element={<PublicGuidesPage />} />
                <Route path="public/guides/:id" element={<PublicDocumentPage kind="guide" />} />
                <Route path="public/work-rule" element={<PublicWorkRulePage />} />
                <Route path="public/disclosures" element={<DisclosuresPage />} />
                <Route path="public/inspections" element={<InspectionsPage />} />
                <Route path="public/search" element={<SearchPage />} />
                <Route path="login" element={<LoginPage />} />
                <Route path="register" element={<RegisterPage />} />
                <Route path="privacy" element={<PrivacyPage />} />
              </Route>
              <Route
                path="workbench"
                element={
                  <RequireLogin>
                    <WorkbenchLayout />
                  </RequireLogin>
                }
              >
                <Route index element={<WorkbenchHome />} />
                <Route path="inbox" element={<InboxPage />} />
                <Route path="deadlines" element={<DeadlinesPage />} />
                <Route path="account" element={<AccountPage />} />
                <Route path="identity" element={<IdentityPage />} />
                <Route path="agents" element={<AgentsPage />} />
                <Route path="counter-codes" element={<CounterCodesPage />} />
                <Route path="calendar" element={<CalendarPage />} />
                <Route path="apply" element={<ApplyWizard mode="online" />} />
                <Route path="intake" element={<ApplyWizard mode="counter" />} />
                <Route path="cases" element={<MyCasesPage />} />
                <Route path="cases/:id" element={<CasePage />} />
                <Route path="queue" element={<QueuePage />} />
                <Route path="integrity" element={<IntegrityPage />} />
                <Route path="integrity-lookup" element={<IntegrityLookupPage />} />
                <Route path="credit/records" element={<CreditRecordsPage />} />
                <Route path="credit/repairs" element={<CreditRepairsPage />} />
                <Route path="credit/objections" element={<CreditObjectionsPage />} />
                <Route path="credit/pushes" element={<CreditPushesPage />} />
                <Route path="credit/grades" element={<CreditGradesPage />} />
                <Route path="credit/rules" element={<CreditRulesPage />} />
                <Route path="verification-tasks" element={<VerificationTasksPage />} />
                <Route path="verification/:id" element={<TaskPage />} />
                <Route path="assistance" element={<AssistancePage />} />
                <Route path="visits" element={<VisitsPage />} />
                <Route path="handling" element={<HandlingListPage />} />
                <Route path="handling/:id" element={<HandlingPage />} />
                <Route path="data-log" element={<DataLogPage />} />
                <Route path="data-access" element={<DataAccessPage />} />
                <Route path="inspection-plans" element={<PlansPage />} />
                <Route path="inspection-plans/:id" element={<PlanPage />} />
                <Route path="inspectors" element={<InspectorsPage />} />
                <Route path="key-supervision" element={<KeySupervisionPage />} />
                <Route path="lists" element={<ListWorkspacePage />} />
                <Route path="catalogue" element={<CataloguePage />} />
                <Route path="list-changes" element={<ChangeRequestsPage />} />
                <Route path="filings" element={<FilingsPage />} />
                <Route path="exemptions" element={<ExemptionsPage />} />
                <Route path="texts" element={<TextsPage />} />
                <Route path="texts/:itemKey/:kind" element={<TextEditorPage />} />
                <Route path="work-rules" element={<WorkRuleEditorPage />} />
                <Route path="guides" element={<GuidesPage />} />
                <Route path="guides/:id" element={<GuideEditorPage />} />
                <Route path="document-filings" element={<DocumentFilingsPage />} />
                <Route path="statistics" element={<StatisticsPage />} />
                <Route path="connectors" element={<ConnectorsPage />} />
                <Route path="admin/jurisdictions" element={<JurisdictionsPage />} />
                <Route path="admin/agencies" element={<AgenciesPage />} />
                <Route path="admin/users" element={<UsersPage />} />
                <Route path="admin/settings" element={<DistrictSettingsPage />} />
                <Route path="admin/audit" element={<AuditPage />} />
              </Route>
              <Route path="cases/:id" element={<CaseLink />} />
              <Route path="*" element={<Navigate to="/" replace />} />
            </Routes>
          </BrowserRouter>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}
