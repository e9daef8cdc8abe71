import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { cspNonce } from './lib/csp-nonce.ts';
import { AgentsPage } from './pages/identity/AgentsPage.tsx';
import { CounterCodesPage } from './pages/identity/CounterCodesPage.tsx';
import { IdentityPage } from './pages/identity/IdentityPage.tsx';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useParams } from 'react-router-dom';
import { PublicLayout } from './layout/PublicLayout.tsx';
import { WorkbenchLayout } from './layout/WorkbenchLayout.tsx';
import { AuthProvider, useAuth } from './lib/auth.tsx';
import { usePreferences } from './lib/preferences.tsx';
import { AgenciesPage } from './pages/admin/AgenciesPage.tsx';
import { AuditPage } from './pages/admin/AuditPage.tsx';
import { DistrictSettingsPage } from './pages/admin/DistrictSettingsPage.tsx';
import { JurisdictionsPage } from './pages/admin/JurisdictionsPage.tsx';
import { UsersPage } from './pages/admin/UsersPage.tsx';
import { ApplyWizard } from './pages/cases/ApplyWizard.tsx';
import { CasePage } from './pages/cases/CasePage.tsx';
import { MyCasesPage } from './pages/cases/MyCasesPage.tsx';
import { QueuePage } from './pages/cases/QueuePage.tsx';
import { IntegrityLookupPage } from './pages/credit/IntegrityLookupPage.tsx';
import { IntegrityPage } from './pages/credit/IntegrityPage.tsx';
import { DocumentFilingsPage } from './pages/documents/DocumentFilingsPage.tsx';
import { GuideEditorPage } from './pages/documents/GuideEditorPage.tsx';
import { GuidesPage } from './pages/documents/GuidesPage.tsx';
import { TextEditorPage } from './pages/documents/TextEditorPage.tsx';
import { TextsPage } from './pages/documents/TextsPage.tsx';
import { WorkRuleEditorPage } from './pages/documents/WorkRuleEditorPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { CataloguePage } from './pages/lists/CataloguePage.tsx';
import { ChangeRequestsPage } from './pages/lists/ChangeRequestsPage.tsx';
import { FilingsPage } from './pages/lists/FilingsPage.tsx';
import { ListWorkspacePage } from './pages/lists/ListWorkspacePage.tsx';
import { DisclosuresPage } from './pages/public/disclosures/DisclosuresPage.tsx';
import { PublicDocumentPage } from './pages/public/documents/DocumentPage.tsx';
import { PublicGuidesPage } from './pages/public/documents/GuidesPage.tsx';
import { PublicTextsPage } from './pages/public/documents/TextsPage.tsx';
import { PublicWorkRulePage } from './pages/public/documents/WorkRulePage.tsx';
import { HomePage } from './pages/public/HomePage.tsx';
import { DerivedPage } from './pages/public/lists/DerivedPage.tsx';
import { DiffPage } from './pages/public/lists/DiffPage.tsx';
import { ListPage } from './pages/public/lists/ListPage.tsx';
import { ListsIndexPage } from './pages/public/lists/ListsIndexPage.tsx';
import { VersionsPage } from './pages/public/lists/VersionsPage.tsx';
import { PublicSoonPage } from './pages/public/PublicSoonPage.tsx';
import { RegisterPage } from './pages/RegisterPage.tsx';
import { VerificationTasksPage } from './pages/verification/VerificationTasksPage.tsx';
import { AccountPage } from './pages/workbench/AccountPage.tsx';
import { CalendarPage } from './pages/workbench/CalendarPage.tsx';
import { ComingSoonPage } from './pages/workbench/ComingSoonPage.tsx';
import { DeadlinesPage } from './pages/workbench/DeadlinesPage.tsx';
import { InboxPage } from './pages/workbench/InboxPage.tsx';
import { WorkbenchHome } from './pages/workbench/WorkbenchHome.tsx';
import { themeFor } from './theme.ts';

function RequireLogin({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  const location = useLocation();
  if (loading) return <Spin fullscreen />;
  if (!me) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  return <>{children}</>;
}

/** Links in messages and deadlines name a case as /cases/{id}; it lives in the workbench. */
function CaseLink() {
  const { id = '' } = useParams();
  return <Navigate to={`/workbench/cases/${id}`} replace />;
}

export function App() {
  const { language, careMode } = usePreferences();
  dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider
      locale={language === 'zh' ? zhCN : enUS}
      theme={themeFor(careMode)}
      button={{ autoInsertSpace: false }}
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
                <Route path="public/:section" element={<PublicSoonPage />} />
                <Route path="login" element={<LoginPage />} />
                <Route path="register" element={<RegisterPage />} />
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
                <Route path="soon/:key" element={<ComingSoonPage />} />
                <Route path="apply" element={<ApplyWizard mode="online" />} />
                <Route path="intake" element={<ApplyWizard mode="counter" />} />
                <Route path="cases" element={<MyCasesPage />} />
                <Route path="cases/:id" element={<CasePage />} />
                <Route path="queue" element={<QueuePage />} />
                <Route path="integrity" element={<IntegrityPage />} />
                <Route path="integrity-lookup" element={<IntegrityLookupPage />} />
                <Route path="verification-tasks" element={<VerificationTasksPage />} />
                <Route path="lists" element={<ListWorkspacePage />} />
                <Route path="catalogue" element={<CataloguePage />} />
                <Route path="list-changes" element={<ChangeRequestsPage />} />
                <Route path="filings" element={<FilingsPage />} />
                <Route path="texts" element={<TextsPage />} />
                <Route path="texts/:itemKey/:kind" element={<TextEditorPage />} />
                <Route path="work-rules" element={<WorkRuleEditorPage />} />
                <Route path="guides" element={<GuidesPage />} />
                <Route path="guides/:id" element={<GuideEditorPage />} />
                <Route path="document-filings" element={<DocumentFilingsPage />} />
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
